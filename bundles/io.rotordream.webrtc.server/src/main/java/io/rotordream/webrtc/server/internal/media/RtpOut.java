package io.rotordream.webrtc.server.internal.media;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import io.rotordream.rtp.NtpTime;
import io.rotordream.rtp.ReportBlock;
import io.rotordream.rtp.RtcpWriter;
import io.rotordream.rtp.RtpHeader;
import io.rotordream.rtp.Rtx;
import io.rotordream.rtp.TransportFeedback;
import io.rotordream.webrtc.server.internal.srtp.SrtpContext;

/**
 * Everything one viewer's outgoing media needs: sequence numbers and roll-over counter, the packet
 * history, RTX (RFC 4588), the transport-wide sequence extension, SRTP, sender reports. Methods
 * are synchronized: the mount's sender thread and the receive thread (retransmissions) share it.
 * Nothing is allocated per packet.
 */
public final class RtpOut {

    /** Puts one datagram on the wire. */
    @FunctionalInterface
    public interface Wire {
        /** @return false when the socket refused it (buffer full) */
        boolean send(ByteBuffer datagram);
    }

    /** What was negotiated for the sent stream. */
    public static final class Params {
        public int payloadType;
        public int rtxPayloadType = -1;
        public int transportCcId = -1;
        public int ssrc;
        public int rtxSsrc;
        public String cname = "rotordream";
        public int historyPackets = 512;
        /** Test hook: share of original packets dropped before the socket (0..1). */
        public double dropFraction;
    }

    private static final int TWCC_RING = 4096;
    private static final ReportBlock[] NO_BLOCKS = new ReportBlock[0];

    private final Params params;
    private final SrtpContext srtp;
    private final Wire wire;
    private final PacketHistory history;
    private final byte[] packet = new byte[2048];
    private final ByteBuffer packetBuffer = ByteBuffer.wrap(packet);
    private final byte[] cname;
    private final int headerLength;
    private final long timestampOffset = ThreadLocalRandom.current().nextInt() & 0xffffffffL;
    private final long[] twccSendMicros = new long[TWCC_RING];
    private final int[] twccSequence = new int[TWCC_RING];
    private final int[] twccSize = new int[TWCC_RING];
    private final long[] feedbackSend = new long[512];
    private final long[] feedbackArrival = new long[512];
    private final int[] feedbackSize = new int[512];
    private int sequence = ThreadLocalRandom.current().nextInt(0x8000);
    private long roc;
    private int rtxSequence = ThreadLocalRandom.current().nextInt(0x8000);
    private long rtxRoc;
    private int transportSequence;
    private long packets;
    private long octets;
    private long retransmitted;
    private long dropped;
    private long refused;
    private long lastTimestamp = -1;

    public RtpOut(Params params, SrtpContext srtp, Wire wire) {
        this.params = params;
        this.srtp = srtp;
        this.wire = wire;
        this.history = new PacketHistory(params.historyPackets);
        this.cname = params.cname.getBytes(StandardCharsets.UTF_8);
        this.headerLength = RtpHeader.SIZE + (params.transportCcId > 0 ? 8 : 0);
        java.util.Arrays.fill(twccSequence, -1);
    }

    /** Bytes of RTP header this sender writes: the payload room is the packet size less this. */
    public int headerLength() {
        return headerLength;
    }

    /** 90 kHz RTP time of a monotonic time (RFC 6184 §5.1), offset randomly per viewer (RFC 3550 §5.1). */
    public long timestamp(long monotonicNanos) {
        return (monotonicNanos / 100_000L * 9L + timestampOffset) & 0xffffffffL;
    }

    /**
     * Sends one payload of an access unit.
     *
     * @param marker the last payload of the access unit (RFC 6184 §5.1)
     */
    public synchronized void send(byte[] payloads, int at, int length, boolean marker, long timestamp) {
        int seq = sequence;
        int slot = history.slot(seq);
        byte[] h = history.bytes;
        ByteBuffer hb = historyBuffer();
        RtpHeader.write(hb, slot, marker, params.payloadType, seq, timestamp, params.ssrc);
        if (params.transportCcId > 0) {
            h[slot] |= 0x10;
        }
        System.arraycopy(payloads, at, h, slot + headerLength, length);
        int n = headerLength + length;
        history.stored(seq, n, roc);
        lastTimestamp = timestamp;
        sequence = (seq + 1) & 0xffff;
        if (sequence == 0) {
            roc++;
        }
        if (params.dropFraction > 0 && ThreadLocalRandom.current().nextDouble() < params.dropFraction) {
            dropped++;
            return;
        }
        System.arraycopy(h, slot, packet, 0, n);
        transmit(n, seq, roc);
    }

    private ByteBuffer historyView;

    private ByteBuffer historyBuffer() {
        if (historyView == null) {
            historyView = ByteBuffer.wrap(history.bytes);
        }
        return historyView;
    }

    /** Encrypts what is in {@code packet} and sends it, stamping a fresh transport sequence number first. */
    private void transmit(int length, int seq, long rolloverCounter) {
        packetBuffer.clear();
        if (params.transportCcId > 0) {
            int t = transportSequence;
            transportSequence = (t + 1) & 0xffff;
            TransportFeedback.writeExtension(packetBuffer, RtpHeader.SIZE, params.transportCcId, t);
            int i = t & (TWCC_RING - 1);
            twccSequence[i] = t;
            twccSendMicros[i] = System.nanoTime() / 1000;
            twccSize[i] = length + srtp.rtpOverhead();
        }
        int n = srtp.protectRtp(packet, 0, length, headerLength, rolloverCounter);
        packetBuffer.clear().limit(n);
        if (wire.send(packetBuffer)) {
            packets++;
            octets += length - headerLength;
        } else {
            refused++;
        }
    }

    /** Answers a NACK for one sequence number (RTX when negotiated). @return whether it was still held */
    public synchronized boolean retransmit(int seq) {
        int n = history.find(seq);
        if (n < 0) {
            return false;
        }
        int slot = history.slot(seq);
        packetBuffer.clear(); // absolute writes below are checked against the limit of the last send
        if (params.rtxPayloadType >= 0) {
            int rs = rtxSequence;
            int len = Rtx.write(historyBuffer(), slot, headerLength, n, packetBuffer, 0, params.rtxPayloadType, rs,
                    params.rtxSsrc);
            rtxSequence = (rs + 1) & 0xffff;
            long r = rtxRoc;
            if (rtxSequence == 0) {
                rtxRoc++;
            }
            transmit(len, rs, r);
        } else {
            System.arraycopy(history.bytes, slot, packet, 0, n);
            transmit(n, seq, history.roc(seq));
        }
        retransmitted++;
        return true;
    }

    /** A sender report with our CNAME (RFC 3550 §6.4.1, §6.5.1), at most one report block slot unused. */
    public synchronized void senderReport(long epochMicros, long monotonicNanos) {
        if (lastTimestamp < 0) {
            return;
        }
        packetBuffer.clear();
        int n = RtcpWriter.senderReport(packetBuffer, 0, params.ssrc, NtpTime.fromEpochMicros(epochMicros),
                timestamp(monotonicNanos), packets, octets, NO_BLOCKS, 0);
        n += RtcpWriter.sdesCname(packetBuffer, n, params.ssrc, cname);
        sendRtcp(n);
    }

    /** RTCP BYE before the session ends (RFC 3550 §6.6). */
    public synchronized void bye() {
        packetBuffer.clear();
        int n = RtcpWriter.receiverReport(packetBuffer, 0, params.ssrc, NO_BLOCKS, 0);
        n += RtcpWriter.bye(packetBuffer, n, params.ssrc);
        sendRtcp(n);
    }

    private void sendRtcp(int n) {
        int len = srtp.protectRtcp(packet, 0, n);
        packetBuffer.clear().limit(len);
        wire.send(packetBuffer);
    }

    /** Matches a transport-wide feedback with our send times and feeds the delay trend. */
    public synchronized void transportFeedback(TransportFeedback f, DelayTrend trend) {
        int count = Math.min(f.count(), feedbackSend.length);
        for (int i = 0; i < count; i++) {
            int t = (f.baseSequence() + i) & 0xffff;
            int slot = t & (TWCC_RING - 1);
            boolean known = twccSequence[slot] == t;
            feedbackSend[i] = known ? twccSendMicros[slot] : Long.MIN_VALUE;
            feedbackSize[i] = known ? twccSize[slot] : 0;
            long a = f.arrivalMicros(i);
            feedbackArrival[i] = a == TransportFeedback.NOT_RECEIVED ? Long.MIN_VALUE : a;
        }
        trend.update(feedbackSend, feedbackArrival, feedbackSize, count);
    }

    public int ssrc() {
        return params.ssrc;
    }

    public synchronized long packets() {
        return packets;
    }

    public synchronized long octets() {
        return octets;
    }

    public synchronized long retransmitted() {
        return retransmitted;
    }

    /** Original packets the test hook dropped. */
    public synchronized long dropped() {
        return dropped;
    }

    /** Packets the socket refused (its buffer was full). */
    public synchronized long refused() {
        return refused;
    }
}
