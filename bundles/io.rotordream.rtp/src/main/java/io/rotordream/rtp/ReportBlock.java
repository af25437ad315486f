package io.rotordream.rtp;

import java.nio.ByteBuffer;

/** One reception report block (RFC 3550 §6.4.1). Mutable and reused: copy what you keep. */
public final class ReportBlock {

    public static final int SIZE = 24;

    public int ssrc;
    /** Fraction lost since the previous report, in 1/256. */
    public int fractionLost;
    /** Cumulative packets lost, 24-bit signed. */
    public int cumulativeLost;
    public long extendedHighestSequence;
    /** Interarrival jitter in timestamp units. */
    public long jitter;
    /** Middle 32 bits of the last SR's NTP time, 0 when none was received. */
    public long lastSr;
    /** Delay since that SR, in 1/65536 s. */
    public long delaySinceLastSr;

    int write(ByteBuffer b, int at) {
        b.putInt(at, ssrc);
        int lost = Math.max(-0x800000, Math.min(0x7fffff, cumulativeLost)) & 0xffffff;
        b.putInt(at + 4, (fractionLost & 0xff) << 24 | lost);
        b.putInt(at + 8, (int) extendedHighestSequence);
        b.putInt(at + 12, (int) jitter);
        b.putInt(at + 16, (int) lastSr);
        b.putInt(at + 20, (int) delaySinceLastSr);
        return SIZE;
    }

    void read(ByteBuffer b, int at) {
        ssrc = b.getInt(at);
        int w = b.getInt(at + 4);
        fractionLost = (w >>> 24) & 0xff;
        cumulativeLost = (w << 8) >> 8;
        extendedHighestSequence = b.getInt(at + 8) & 0xffffffffL;
        jitter = b.getInt(at + 12) & 0xffffffffL;
        lastSr = b.getInt(at + 16) & 0xffffffffL;
        delaySinceLastSr = b.getInt(at + 20) & 0xffffffffL;
    }

    public ReportBlock copy() {
        ReportBlock c = new ReportBlock();
        c.ssrc = ssrc;
        c.fractionLost = fractionLost;
        c.cumulativeLost = cumulativeLost;
        c.extendedHighestSequence = extendedHighestSequence;
        c.jitter = jitter;
        c.lastSr = lastSr;
        c.delaySinceLastSr = delaySinceLastSr;
        return c;
    }
}
