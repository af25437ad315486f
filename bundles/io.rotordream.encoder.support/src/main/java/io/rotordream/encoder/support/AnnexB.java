package io.rotordream.encoder.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Annex B byte streams (ITU-T H.264 and H.265 Annex B: 0x000001 or 0x00000001 before each NAL
 * unit) and the NAL unit header. For parameter sets read at open and for tests: these allocate,
 * so they stay off the per-frame path.
 */
public final class AnnexB {

    // H.264 Table 7-1 nal_unit_type
    public static final int H264_IDR = 5;
    public static final int H264_SPS = 7;
    public static final int H264_PPS = 8;

    private AnnexB() {
    }

    /** The NAL units of {@code stream}, without start codes. */
    public static List<byte[]> nalUnits(byte[] stream) {
        List<byte[]> units = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i + 2 < stream.length) {
            if (stream[i] == 0 && stream[i + 1] == 0 && stream[i + 2] == 1) {
                if (start >= 0) {
                    units.add(Arrays.copyOfRange(stream, start, trimZeros(stream, start, i)));
                }
                i += 3;
                start = i;
            } else {
                i++;
            }
        }
        if (start >= 0 && start < stream.length) {
            units.add(Arrays.copyOfRange(stream, start, stream.length));
        }
        return units;
    }

    /** Length of the start code at the beginning of {@code b}: 4 (00 00 00 01), 3 (00 00 01) or 0. */
    public static int startCodeLength(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 1) {
            return 4;
        }
        if (b.length >= 3 && b[0] == 0 && b[1] == 0 && b[2] == 1) {
            return 3;
        }
        return 0;
    }

    /** {@code nal} without the start code it may begin with. */
    public static byte[] withoutStartCode(byte[] nal) {
        return Arrays.copyOfRange(nal, startCodeLength(nal), nal.length);
    }

    /** H.264 §7.3.1: nal_unit_type is the low five bits of the header byte. */
    public static int h264Type(byte[] nal) {
        return nal[0] & 0x1f;
    }

    /** H.265 §7.3.1.2: nal_unit_type is bits 1..6 of the first header byte. */
    public static int h265Type(byte[] nal) {
        return (nal[0] >> 1) & 0x3f;
    }

    // The zero before a four-byte start code belongs to the start code: a NAL unit never ends in
    // 0x00 (H.264 §7.4.1, H.265 §7.4.2).
    private static int trimZeros(byte[] stream, int start, int end) {
        while (end > start && stream[end - 1] == 0) {
            end--;
        }
        return end;
    }
}
