package io.rotordream.rtp;

import java.nio.ByteBuffer;

/**
 * H.264 in RTP, packetization-mode 1 (RFC 6184 §6.3): single NAL unit packets, STAP-A for
 * consecutive small NAL units (parameter sets before a keyframe), FU-A for the ones larger than
 * the payload.
 */
public final class H264Packetizer extends NalPacketizer {

    /** NAL unit types of the payload formats (RFC 6184 §5.2). */
    public static final int STAP_A = 24;
    public static final int FU_A = 28;

    public H264Packetizer(int maxPayload) {
        super(maxPayload);
    }

    @Override
    int nalHeaderSize() {
        return 1;
    }

    @Override
    int aggregateHeaderSize() {
        return 1;
    }

    // RFC 6184 §5.7.1: F is the OR of the aggregated F bits, NRI their maximum.
    @Override
    void writeAggregateHeader(ByteBuffer src, int[] offsets, int from, int to, ByteBuffer dst, int at) {
        int f = 0;
        int nri = 0;
        for (int i = from; i < to; i++) {
            int h = src.get(offsets[i]) & 0xff;
            f |= h & 0x80;
            nri = Math.max(nri, h & 0x60);
        }
        dst.put(at, (byte) (f | nri | STAP_A));
    }

    @Override
    int fragmentHeaderSize() {
        return 2;
    }

    // RFC 6184 §5.8: FU indicator keeps F and NRI, FU header carries S, E and the original type.
    @Override
    void writeFragmentHeader(ByteBuffer src, int nalOffset, boolean start, boolean end, ByteBuffer dst, int at) {
        int h = src.get(nalOffset) & 0xff;
        dst.put(at, (byte) ((h & 0xe0) | FU_A));
        dst.put(at + 1, (byte) ((start ? 0x80 : 0) | (end ? 0x40 : 0) | (h & 0x1f)));
    }
}
