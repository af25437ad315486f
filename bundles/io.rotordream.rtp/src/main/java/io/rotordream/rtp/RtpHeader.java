package io.rotordream.rtp;

import java.nio.ByteBuffer;

/** The RTP fixed header (RFC 3550 §5.1), written and read at absolute indexes. */
public final class RtpHeader {

    /** Bytes of a header without CSRCs or extension. */
    public static final int SIZE = 12;

    private RtpHeader() {
    }

    /**
     * Writes a version 2 header with no padding, extension or CSRC.
     *
     * @return {@link #SIZE}
     */
    public static int write(ByteBuffer b, int at, boolean marker, int payloadType, int sequence, long timestamp,
            int ssrc) {
        b.put(at, (byte) 0x80);
        b.put(at + 1, (byte) ((marker ? 0x80 : 0) | (payloadType & 0x7f)));
        b.putShort(at + 2, (short) sequence);
        b.putInt(at + 4, (int) timestamp);
        b.putInt(at + 8, ssrc);
        return SIZE;
    }

    /** Whether the bytes can be an RTP packet: version 2 and long enough for its header. */
    public static boolean valid(ByteBuffer b, int at, int length) {
        return length >= SIZE && (b.get(at) & 0xc0) == 0x80 && headerLength(b, at, length) > 0;
    }

    public static boolean marker(ByteBuffer b, int at) {
        return (b.get(at + 1) & 0x80) != 0;
    }

    public static int payloadType(ByteBuffer b, int at) {
        return b.get(at + 1) & 0x7f;
    }

    public static int sequence(ByteBuffer b, int at) {
        return b.getShort(at + 2) & 0xffff;
    }

    public static long timestamp(ByteBuffer b, int at) {
        return b.getInt(at + 4) & 0xffffffffL;
    }

    public static int ssrc(ByteBuffer b, int at) {
        return b.getInt(at + 8);
    }

    /** Patches the sequence number of a packet already written (retransmissions, RFC 4588 is not used). */
    public static void sequence(ByteBuffer b, int at, int sequence) {
        b.putShort(at + 2, (short) sequence);
    }

    /**
     * Length of the header including CSRCs and the extension (RFC 3550 §5.3.1), or -1 when the
     * packet is too short for what its first byte announces.
     */
    public static int headerLength(ByteBuffer b, int at, int length) {
        if (length < SIZE) {
            return -1;
        }
        int first = b.get(at) & 0xff;
        int n = SIZE + 4 * (first & 0x0f);
        if ((first & 0x10) != 0) {
            if (length < n + 4) {
                return -1;
            }
            n += 4 + 4 * (b.getShort(at + n + 2) & 0xffff);
        }
        return n <= length ? n : -1;
    }

    /** Bytes of padding at the end (RFC 3550 §5.1 P bit), 0 when none. */
    public static int padding(ByteBuffer b, int at, int length) {
        return (b.get(at) & 0x20) != 0 ? b.get(at + length - 1) & 0xff : 0;
    }

    /** Signed distance from sequence {@code a} to {@code b} on the 16-bit circle. */
    public static int sequenceDelta(int a, int b) {
        return (short) (b - a);
    }
}
