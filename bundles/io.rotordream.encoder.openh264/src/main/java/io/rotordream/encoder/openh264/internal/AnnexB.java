package io.rotordream.encoder.openh264.internal;

import java.util.ArrayList;
import java.util.List;

/** Splitting Annex B byte streams (ITU-T H.264 Annex B: 0x000001 or 0x00000001 before each NAL unit). */
final class AnnexB {

    // H.264 Table 7-1 nal_unit_type
    static final int IDR = 5;
    static final int SPS = 7;
    static final int PPS = 8;

    private AnnexB() {
    }

    /** The NAL units of {@code stream}, without start codes. */
    static List<byte[]> nalUnits(byte[] stream) {
        List<byte[]> units = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i + 2 < stream.length) {
            if (stream[i] == 0 && stream[i + 1] == 0 && stream[i + 2] == 1) {
                if (start >= 0) {
                    units.add(copy(stream, start, trimZeros(stream, start, i)));
                }
                i += 3;
                start = i;
            } else {
                i++;
            }
        }
        if (start >= 0 && start < stream.length) {
            units.add(copy(stream, start, stream.length));
        }
        return units;
    }

    /** H.264 §7.3.1: nal_unit_type is the low five bits of the header byte. */
    static int type(byte[] nal) {
        return nal[0] & 0x1f;
    }

    // The zero before a four-byte start code belongs to the start code (a NAL unit never ends in 0x00, §7.4.1).
    private static int trimZeros(byte[] stream, int start, int end) {
        while (end > start && stream[end - 1] == 0) {
            end--;
        }
        return end;
    }

    private static byte[] copy(byte[] stream, int from, int to) {
        byte[] nal = new byte[to - from];
        System.arraycopy(stream, from, nal, 0, nal.length);
        return nal;
    }
}
