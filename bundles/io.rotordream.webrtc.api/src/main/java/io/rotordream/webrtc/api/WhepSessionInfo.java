package io.rotordream.webrtc.api;

/** A WebRTC session as the API lists it. */
public final class WhepSessionInfo {
    public String id;
    public String mount;
    public String user;
    /** offered, connected (ICE), secured (DTLS done, media flowing), closed. */
    public String state;
    public String remoteAddress;
    public String codec;
    public String srtpProfile;
    public long packetsSent;
    public long bytesSent;
    public long retransmitted;
    public long nacks;
    public long plis;
    public long firs;
    public long keyframesRequested;
    public double lossFraction;
    public double rttMs = -1;
    public double jitterMs = -1;
    public long estimateKbps = -1;
    public long droppedPackets;
    public double uptimeSeconds;
}
