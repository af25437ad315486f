package io.rotordream.rtp;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * What RFC 6184 and RFC 7798 share: a NAL unit that fits goes alone, consecutive small ones are
 * aggregated (STAP-A, AP), a large one is fragmented (FU-A, FU). Subclasses write the headers.
 */
abstract class NalPacketizer implements Packetizer {

    private int maxPayload;
    private ByteBuffer src;
    private int[] offsets = new int[16];
    private int[] lengths = new int[16];
    private int count;
    private int index;
    /** Bytes of the current NAL's body already sent in fragments, 0 when not fragmenting. */
    private int fragmented;
    private boolean last;

    NalPacketizer(int maxPayload) {
        maxPayload(maxPayload);
    }

    /** Bytes of a NAL unit header: 1 for H.264, 2 for H.265. */
    abstract int nalHeaderSize();

    /** Bytes before the first NAL unit of an aggregation packet. */
    abstract int aggregateHeaderSize();

    abstract void writeAggregateHeader(ByteBuffer src, int[] offsets, int from, int to, ByteBuffer dst, int at);

    /** Bytes a fragment adds before its part of the NAL body. */
    abstract int fragmentHeaderSize();

    abstract void writeFragmentHeader(ByteBuffer src, int nalOffset, boolean start, boolean end, ByteBuffer dst,
            int at);

    @Override
    public int maxPayload() {
        return maxPayload;
    }

    @Override
    public void maxPayload(int bytes) {
        if (bytes < fragmentHeaderSize() + 1 + 16) {
            throw new IllegalArgumentException("payload of " + bytes + " bytes is too small");
        }
        this.maxPayload = bytes;
    }

    @Override
    public void begin(ByteBuffer src) {
        this.src = src;
        count = 0;
        index = 0;
        fragmented = 0;
        last = false;
    }

    @Override
    public void addNal(int offset, int length) {
        if (length <= nalHeaderSize()) {
            return;
        }
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        offsets[count] = offset;
        lengths[count] = length;
        count++;
    }

    @Override
    public boolean hasNext() {
        return index < count;
    }

    @Override
    public boolean last() {
        return last;
    }

    @Override
    public int next(ByteBuffer dst, int at) {
        if (index >= count) {
            throw new IllegalStateException("no payload left");
        }
        int len = lengths[index];
        if (fragmented > 0 || len > maxPayload) {
            return fragment(dst, at);
        }
        int end = aggregationEnd();
        if (end - index >= 2) {
            return aggregate(end, dst, at);
        }
        copy(offsets[index], len, dst, at);
        index++;
        last = index == count;
        return len;
    }

    /** Index after the last NAL that fits with the current one in one aggregation packet. */
    private int aggregationEnd() {
        int size = aggregateHeaderSize();
        int i = index;
        while (i < count && lengths[i] <= maxPayload && size + 2 + lengths[i] <= maxPayload) {
            size += 2 + lengths[i];
            i++;
        }
        return i;
    }

    // RFC 6184 §5.7.1 / RFC 7798 §4.4.2: each aggregated NAL unit is preceded by its 16-bit size.
    private int aggregate(int end, ByteBuffer dst, int at) {
        writeAggregateHeader(src, offsets, index, end, dst, at);
        int p = at + aggregateHeaderSize();
        for (int i = index; i < end; i++) {
            dst.putShort(p, (short) lengths[i]);
            copy(offsets[i], lengths[i], dst, p + 2);
            p += 2 + lengths[i];
        }
        index = end;
        last = index == count;
        return p - at;
    }

    // RFC 6184 §5.8 / RFC 7798 §4.4.3: the NAL header is carried in the fragment headers, the body split.
    private int fragment(ByteBuffer dst, int at) {
        int nal = offsets[index];
        int body = lengths[index] - nalHeaderSize();
        int room = maxPayload - fragmentHeaderSize();
        boolean start = fragmented == 0;
        int n = Math.min(room, body - fragmented);
        boolean end = fragmented + n == body;
        writeFragmentHeader(src, nal, start, end, dst, at);
        copy(nal + nalHeaderSize() + fragmented, n, dst, at + fragmentHeaderSize());
        if (end) {
            fragmented = 0;
            index++;
        } else {
            fragmented += n;
        }
        last = index == count;
        return fragmentHeaderSize() + n;
    }

    private void copy(int from, int length, ByteBuffer dst, int at) {
        dst.put(at, src, from, length);
    }
}
