package io.rotordream.rtsp.server.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;

import io.rotordream.rtp.NtpTime;
import io.rotordream.rtp.ReportBlock;
import io.rotordream.rtp.RtcpListener;
import io.rotordream.rtsp.server.internal.protocol.TransportSpec;
import io.rotordream.streaming.adaptive.api.ReceiverFeedback;
import io.rotordream.streaming.api.ClientInfo;

/**
 * One client's session (RFC 2326 §3.4): the mount it watches, how packets reach it, its queue and
 * counters, and what its receiver reports say. UDP packets are sent on the mount's thread at once;
 * TCP frames are queued for the connection's I/O loop.
 */
final class RtspSession implements RtcpListener {

    final String id;
    final Mount mount;
    final TransportSpec transport;
    final String address;
    final String user;
    final Instant connected = Instant.now();
    private final long connectedNanos = System.nanoTime();
    /** TCP: the connection carrying the interleaved frames; else {@code null}. */
    final RtspConnection connection;
    final ClientQueue queue;
    final UdpPair udp;
    volatile boolean playing;
    volatile long lastActivityNanos = System.nanoTime();
    private volatile boolean waitingForKeyframe = true;
    private volatile boolean closed;
    volatile long bytes;
    volatile long packets;
    private volatile long udpDrops;
    private volatile long sendErrors;
    private volatile long packetsLost;
    private volatile double lossFraction;
    private volatile double jitterMs;
    private volatile double rttMs = -1;
    /** Registered at the first receiver report: a client that sends none steers nothing. */
    private ReceiverFeedback feedback;

    RtspSession(String id, Mount mount, TransportSpec transport, String address, String user,
            RtspConnection connection, int queueFrames, UdpPair udp) {
        this.id = id;
        this.mount = mount;
        this.transport = transport;
        this.address = address;
        this.user = user;
        this.connection = connection;
        this.queue = transport.kind == TransportSpec.Kind.TCP ? new ClientQueue(queueFrames) : null;
        this.udp = udp;
    }

    void touch() {
        lastActivityNanos = System.nanoTime();
    }

    boolean closed() {
        return closed;
    }

    /** Mount thread: a new frame for every playing client. */
    void offer(MediaFrame f) {
        if (!playing || closed) {
            return;
        }
        switch (transport.kind) {
            case TCP -> {
                if (!queue.offer(f)) {
                    mount.requestKeyframe("tcp client " + address + " fell behind");
                }
                connection.mediaReady();
            }
            case UDP -> sendUdp(f);
            case MULTICAST -> {
                // the mount's multicast sender carries it once for all
            }
        }
    }

    private void sendUdp(MediaFrame f) {
        if (waitingForKeyframe) {
            if (!f.keyframe) {
                return;
            }
            waitingForKeyframe = false;
        }
        long sentBytes = 0;
        int sent = 0;
        for (int i = 0; i < f.packets; i++) {
            ByteBuffer v = f.segmentBlock[f.packetSegment[i]].view(0);
            int at = f.packetOffset[i] + 4;
            v.clear();
            v.position(at);
            v.limit(at + f.packetLength[i]);
            try {
                int n = (f.rtcp ? udp.rtcp : udp.rtp).write(v);
                if (n == 0) {
                    udpDrops++;
                } else {
                    sent++;
                    sentBytes += n;
                }
            } catch (IOException e) {
                // ICMP port unreachable and the like: the client may come back, or time out
                sendErrors++;
            }
        }
        if (!f.rtcp) {
            packets += sent;
            bytes += sentBytes;
        }
    }

    /** I/O thread: a TCP frame fully written. */
    void written(MediaFrame f) {
        if (!f.rtcp) {
            packets += f.packets;
            bytes += f.bytes;
        }
    }

    /** Resends one packet a receiver reported lost (RFC 4585 generic NACK), from the I/O thread {@code writer}. */
    void resend(MediaFrame f, int index, int writer) {
        if (udp == null) {
            return;
        }
        ByteBuffer v = f.segmentBlock[f.packetSegment[index]].view(writer);
        int at = f.packetOffset[index] + 4;
        v.clear();
        v.position(at);
        v.limit(at + f.packetLength[index]);
        try {
            udp.rtp.write(v);
        } catch (IOException e) {
            sendErrors++;
        }
    }

    // RFC 3550 §6.4.1: the block about our SSRC gives loss, jitter, and with LSR/DLSR the round trip.
    @Override
    public void reportBlock(int reporter, ReportBlock block) {
        if (block.ssrc != mount.ssrc()) {
            return;
        }
        touch();
        packetsLost = block.cumulativeLost;
        lossFraction = block.fractionLost / 256.0;
        jitterMs = block.jitter / 90.0;
        long now = NtpTime.fromEpochMicros(System.currentTimeMillis() * 1000);
        long rtt = NtpTime.roundTripMicros(now, block.lastSr, block.delaySinceLastSr);
        if (rtt >= 0) {
            rttMs = rtt / 1000.0;
        }
        steer(rtt >= 0 ? rtt / 1000.0 : -1);
    }

    // Receiver reports arrive on one I/O thread per session, so the lazy registration needs no lock.
    private void steer(double rtt) {
        ReceiverFeedback f = feedback;
        if (f == null && !closed) {
            f = feedback = mount.feedback(id);
        }
        if (f != null) {
            f.reportReception(lossFraction, jitterMs, rtt);
        }
    }

    @Override
    public void nack(int sender, int media, int pid, int blp) {
        if (media == mount.ssrc()) {
            mount.retransmit(this, pid, blp);
        }
    }

    @Override
    public void pli(int sender, int media) {
        mount.requestKeyframe("PLI from " + address);
    }

    @Override
    public void fir(int sender, int media, int sequence) {
        mount.requestKeyframe("FIR from " + address);
    }

    /** Stops delivery and frees what the session holds; the connection or timer that ended it says why. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        playing = false;
        mount.remove(this);
        if (queue != null) {
            queue.shed();
        }
        if (udp != null) {
            udp.close();
        }
        if (transport.kind == TransportSpec.Kind.MULTICAST) {
            mount.leaveMulticast();
        }
        ReceiverFeedback f = feedback;
        if (f != null) {
            f.close();
        }
    }

    ClientInfo info() {
        ClientInfo c = new ClientInfo();
        c.id = id;
        c.protocol = "rtsp";
        c.mount = mount.name;
        c.transport = switch (transport.kind) {
            case TCP -> "tcp";
            case UDP -> "udp";
            case MULTICAST -> "udp-multicast";
        };
        c.address = address;
        c.user = user;
        c.connected = connected;
        c.uptimeSeconds = (System.nanoTime() - connectedNanos) / 1e9;
        c.bytes = bytes;
        c.packets = packets;
        c.packetsLost = packetsLost;
        c.lossFraction = lossFraction;
        c.jitterMs = jitterMs;
        c.rttMs = rttMs;
        c.drops = (queue == null ? 0 : queue.drops()) + udpDrops;
        c.bitrateKbps = c.uptimeSeconds > 0 ? (int) (bytes * 8 / 1000 / Math.max(1, c.uptimeSeconds)) : 0;
        return c;
    }
}
