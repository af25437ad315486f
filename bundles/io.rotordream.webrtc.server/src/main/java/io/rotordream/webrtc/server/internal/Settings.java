package io.rotordream.webrtc.server.internal;

import java.net.InetAddress;
import java.util.List;

import io.rotordream.webrtc.api.IceServer;
import io.rotordream.webrtc.server.internal.session.SessionSettings;
import io.rotordream.webrtc.server.internal.srtp.SrtpProfile;

/** The server's configuration as plain values (from {@link WebRtcConfig}). */
record Settings(int maxSessions, int portMin, int portMax, List<InetAddress> addresses, String videoCodec,
        int bandwidthKbps, boolean adaptive, List<IceServer> iceServers, List<SrtpProfile> srtpProfiles,
        SessionSettings session) {

    /** Room for the RTP payload: the packet size less RTP header, extension, RTX prefix and SRTP tag. */
    int maxPayload() {
        return session.mtu() - 12 - 8 - 2 - 16;
    }
}
