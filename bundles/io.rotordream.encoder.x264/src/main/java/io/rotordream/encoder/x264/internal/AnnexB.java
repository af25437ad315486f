package io.rotordream.encoder.x264.internal;

import java.util.Arrays;

/** H.264 Annex B byte stream helpers (ITU-T H.264 §B.1: start code prefixes). */
final class AnnexB {

    private AnnexB() {
    }

    /** Length of the start code at the beginning of {@code b}: 4 (00 00 00 01), 3 (00 00 01) or 0. */
    static int startCodeLength(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 1) {
            return 4;
        }
        if (b.length >= 3 && b[0] == 0 && b[1] == 0 && b[2] == 1) {
            return 3;
        }
        return 0;
    }

    static byte[] withoutStartCode(byte[] nal) {
        return Arrays.copyOfRange(nal, startCodeLength(nal), nal.length);
    }
}
