package io.rotordream.rtp;

import java.nio.ByteBuffer;

/**
 * Transport-wide congestion control feedback (draft-holmer-rmcat-transport-wide-cc-extensions-01
 * §3.1, RTPFB FMT 15): which transport sequence numbers arrived and when. Parsed into arrays reused
 * from one message to the next: copy what you keep.
 */
public final class TransportFeedback {

    /** FMT of the RTPFB message. */
    public static final int FMT = 15;
    /** Arrival time of a packet that was not received. */
    public static final long NOT_RECEIVED = Long.MIN_VALUE;
    /** The RTP header extension's URI, for a=extmap. */
    public static final String EXTENSION_URI =
            "http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01";

    private int baseSequence;
    private int count;
    private long referenceMicros;
    private int feedbackCount;
    private long[] arrivalMicros = new long[256];

    /** First transport sequence number described. */
    public int baseSequence() {
        return baseSequence;
    }

    /** Packets described, from {@link #baseSequence()} on. */
    public int count() {
        return count;
    }

    public int feedbackCount() {
        return feedbackCount;
    }

    /**
     * Arrival time of packet {@code baseSequence + i} on the receiver's clock (reference time plus
     * the deltas), in microseconds, or {@link #NOT_RECEIVED}.
     */
    public long arrivalMicros(int i) {
        return arrivalMicros[i];
    }

    /**
     * Reads the FCI of one message.
     *
     * @param at index of the message's first byte (its RTCP header)
     * @param length the message's length in bytes without padding
     * @return false when malformed
     */
    public boolean parse(ByteBuffer b, int at, int length) {
        int end = at + length;
        if (length < 20) {
            return false;
        }
        baseSequence = b.getShort(at + 12) & 0xffff;
        count = b.getShort(at + 14) & 0xffff;
        int w = b.getInt(at + 16);
        // §3.1: 24-bit signed reference time in multiples of 64 ms
        referenceMicros = (long) (w >> 8) * 64_000L;
        feedbackCount = w & 0xff;
        if (arrivalMicros.length < count) {
            arrivalMicros = new long[Math.max(count, arrivalMicros.length * 2)];
        }
        int p = at + 20;
        int n = 0;
        // First pass: packet status chunks (§3.1.3, §3.1.4); symbols kept in arrivalMicros as 0/1/2.
        while (n < count) {
            if (p + 2 > end) {
                return false;
            }
            int chunk = b.getShort(p) & 0xffff;
            p += 2;
            if ((chunk & 0x8000) == 0) {
                int symbol = (chunk >>> 13) & 0x3;
                int run = chunk & 0x1fff;
                for (int i = 0; i < run && n < count; i++) {
                    arrivalMicros[n++] = symbol;
                }
            } else if ((chunk & 0x4000) == 0) {
                for (int i = 13; i >= 0 && n < count; i--) {
                    arrivalMicros[n++] = (chunk >>> i) & 0x1;
                }
            } else {
                for (int i = 12; i >= 0 && n < count; i -= 2) {
                    arrivalMicros[n++] = (chunk >>> i) & 0x3;
                }
            }
        }
        // Second pass: receive deltas (§3.1.5), 250 us units, 1 byte for "small", 2 signed for "large".
        long t = referenceMicros;
        for (int i = 0; i < count; i++) {
            int symbol = (int) arrivalMicros[i];
            if (symbol == 1) {
                if (p + 1 > end) {
                    return false;
                }
                t += (b.get(p) & 0xff) * 250L;
                p += 1;
                arrivalMicros[i] = t;
            } else if (symbol == 2) {
                if (p + 2 > end) {
                    return false;
                }
                t += b.getShort(p) * 250L;
                p += 2;
                arrivalMicros[i] = t;
            } else {
                arrivalMicros[i] = NOT_RECEIVED;
            }
        }
        return true;
    }

    /**
     * Writes the one-byte-header extension (RFC 8285 §4.2) carrying a transport sequence number, at
     * the end of a fixed RTP header whose X bit the caller sets.
     *
     * @return bytes written (8)
     */
    public static int writeExtension(ByteBuffer b, int at, int id, int transportSequence) {
        b.putShort(at, (short) 0xBEDE);
        b.putShort(at + 2, (short) 1);
        b.put(at + 4, (byte) ((id << 4) | 1));
        b.putShort(at + 5, (short) transportSequence);
        b.put(at + 7, (byte) 0);
        return 8;
    }
}
