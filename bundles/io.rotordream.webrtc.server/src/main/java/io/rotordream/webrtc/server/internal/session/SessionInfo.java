package io.rotordream.webrtc.server.internal.session;

import java.net.InetSocketAddress;
import java.util.Locale;

import io.rotordream.webrtc.api.WhepSessionInfo;
import io.rotordream.webrtc.server.internal.media.RtpOut;
import io.rotordream.webrtc.server.internal.srtp.SrtpProfile;

/** A session as the API shows it. */
final class SessionInfo {

    private SessionInfo() {
    }

    static WhepSessionInfo of(Session s, RtcpIn rtcp, long keyframeRequests) {
        WhepSessionInfo i = new WhepSessionInfo();
        i.id = s.id;
        i.mount = s.mount;
        i.user = s.user;
        i.state = s.state().name().toLowerCase(Locale.ROOT);
        InetSocketAddress r = s.remote();
        i.remoteAddress = r == null ? null : r.getAddress().getHostAddress() + ":" + r.getPort();
        i.codec = s.codec.rtpName();
        SrtpProfile p = s.profile();
        i.srtpProfile = p == null ? null : p.name();
        RtpOut o = s.out();
        if (o != null) {
            i.packetsSent = o.packets();
            i.bytesSent = o.octets();
            i.retransmitted = o.retransmitted();
            i.droppedPackets = o.dropped() + o.refused();
        }
        i.nacks = rtcp.nacks;
        i.plis = rtcp.plis;
        i.firs = rtcp.firs;
        i.lossFraction = rtcp.lossFraction;
        i.rttMs = rtcp.rttMs;
        i.jitterMs = rtcp.jitterMs;
        i.estimateKbps = rtcp.estimateBps < 0 ? -1 : rtcp.estimateBps / 1000;
        i.keyframesRequested = keyframeRequests;
        i.uptimeSeconds = (System.nanoTime() - s.createdNanos) / 1e9;
        return i;
    }
}
