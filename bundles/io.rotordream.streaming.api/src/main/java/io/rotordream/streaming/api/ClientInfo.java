package io.rotordream.streaming.api;

import java.time.Instant;

/** One watching client, with what its receiver reports say about the path to it. */
public final class ClientInfo {
    public String id;
    public String protocol;
    public String mount;
    /** e.g. udp, tcp, udp-multicast, webrtc. */
    public String transport;
    /** Client address and port. */
    public String address;
    /** The authenticated user or token name, when any. */
    public String user;
    public Instant connected;
    public double uptimeSeconds;
    public long bytes;
    public long packets;
    /** Cumulative packets the receiver reported lost (RTCP RR). */
    public long packetsLost;
    /** Fraction lost in the last report interval, 0..1. */
    public double lossFraction;
    public double jitterMs;
    /** Round-trip time from RTCP (RR LSR/DLSR), negative when unknown. */
    public double rttMs = -1;
    /** Access units dropped for this client because it could not keep up. */
    public long drops;
    public int bitrateKbps;
}
