package io.rotordream.rtp;

import java.nio.ByteBuffer;

/**
 * H.265 in RTP (RFC 7798) without DONL (sprop-max-don-diff 0): single NAL unit packets,
 * aggregation packets (AP) for consecutive small NAL units, fragmentation units (FU) for large ones.
 */
public final class H265Packetizer extends NalPacketizer {

    /** NAL unit types of the payload formats (RFC 7798 §4.4). */
    public static final int AP = 48;
    public static final int FU = 49;

    public H265Packetizer(int maxPayload) {
        super(maxPayload);
    }

    @Override
    int nalHeaderSize() {
        return 2;
    }

    @Override
    int aggregateHeaderSize() {
        return 2;
    }

    // RFC 7798 §4.4.2: F is the OR, LayerId and TID the lowest of the aggregated NAL units.
    @Override
    void writeAggregateHeader(ByteBuffer src, int[] offsets, int from, int to, ByteBuffer dst, int at) {
        int f = 0;
        int layer = 63;
        int tid = 7;
        for (int i = from; i < to; i++) {
            int h = src.getShort(offsets[i]) & 0xffff;
            f |= h & 0x8000;
            layer = Math.min(layer, (h >> 3) & 0x3f);
            tid = Math.min(tid, h & 0x07);
        }
        int header = f | (AP << 9) | (layer << 3) | tid;
        dst.putShort(at, (short) header);
    }

    @Override
    int fragmentHeaderSize() {
        return 3;
    }

    // RFC 7798 §4.4.3: payload header copies F, LayerId and TID with type 49; FU header has S, E, type.
    @Override
    void writeFragmentHeader(ByteBuffer src, int nalOffset, boolean start, boolean end, ByteBuffer dst, int at) {
        int h = src.getShort(nalOffset) & 0xffff;
        int type = (h >> 9) & 0x3f;
        dst.putShort(at, (short) ((h & 0x81ff) | (FU << 9)));
        dst.put(at + 2, (byte) ((start ? 0x80 : 0) | (end ? 0x40 : 0) | type));
    }
}
