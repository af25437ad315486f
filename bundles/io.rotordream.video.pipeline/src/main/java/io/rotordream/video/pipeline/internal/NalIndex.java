package io.rotordream.video.pipeline.internal;

import java.nio.ByteBuffer;

import io.rotordream.video.api.encoder.Codec;

/**
 * Positions of the NAL units in an Annex B access unit (ITU-T H.264 / H.265 Annex B: each unit
 * follows a 0x000001 start code, optionally preceded by a zero byte). Arrays are preallocated
 * per access unit buffer, so indexing allocates nothing.
 */
final class NalIndex {

    static final int MAX_NALS = 256;
    final int[] offsets = new int[MAX_NALS];
    final int[] lengths = new int[MAX_NALS];
    final int[] types = new int[MAX_NALS];
    int count;

    /** @return number of NAL units found */
    int scan(ByteBuffer data, int size, Codec codec) {
        count = 0;
        int start = -1;
        int i = 0;
        while (i + 2 < size) {
            if (data.get(i) == 0 && data.get(i + 1) == 0 && data.get(i + 2) == 1) {
                if (start >= 0) {
                    close(start, trimZeros(data, start, i), data, codec);
                }
                start = i + 3;
                i += 3;
            } else {
                i++;
            }
        }
        if (start >= 0 && start < size) {
            close(start, size, data, codec);
        }
        return count;
    }

    /** The zero byte before a 4-byte start code belongs to the start code, not the previous unit. */
    private static int trimZeros(ByteBuffer data, int start, int end) {
        while (end > start && data.get(end - 1) == 0) {
            end--;
        }
        return end;
    }

    private void close(int start, int end, ByteBuffer data, Codec codec) {
        if (end <= start || count == MAX_NALS) {
            return;
        }
        int header = data.get(start) & 0xff;
        offsets[count] = start;
        lengths[count] = end - start;
        types[count] = codec == Codec.H265 ? (header >> 1) & 0x3f : header & 0x1f;
        count++;
    }

    boolean contains(int type) {
        for (int i = 0; i < count; i++) {
            if (types[i] == type) {
                return true;
            }
        }
        return false;
    }
}
