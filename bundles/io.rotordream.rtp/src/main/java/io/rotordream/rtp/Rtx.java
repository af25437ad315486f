package io.rotordream.rtp;

import java.nio.ByteBuffer;

/**
 * Retransmission payload format (RFC 4588 §4): a retransmitted packet on its own SSRC and sequence
 * space, its payload prefixed with the original sequence number (OSN).
 */
public final class Rtx {

    private Rtx() {
    }

    /**
     * Writes the RTX packet for an original packet.
     *
     * @param original the original RTP packet at {@code at}, {@code length} bytes, with a header of
     *     {@code headerLength} bytes (CSRCs and extension are copied as they are)
     * @return the RTX packet's length at {@code dst[to]}
     */
    public static int write(ByteBuffer original, int at, int headerLength, int length, ByteBuffer dst, int to,
            int rtxPayloadType, int rtxSequence, int rtxSsrc) {
        dst.put(to, original, at, headerLength);
        dst.put(to + 1, (byte) ((original.get(at + 1) & 0x80) | (rtxPayloadType & 0x7f)));
        dst.putShort(to + 2, (short) rtxSequence);
        dst.putInt(to + 8, rtxSsrc);
        dst.putShort(to + headerLength, original.getShort(at + 2));
        dst.put(to + headerLength + 2, original, at + headerLength, length - headerLength);
        return length + 2;
    }
}
