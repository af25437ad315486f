package io.rotordream.encoder.x265.internal;

import java.io.ByteArrayOutputStream;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import io.rotordream.encoder.support.AnnexB;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.ParameterSets;

/** VPS, SPS and PPS of an open encoder, from x265_encoder_headers. */
final class X265Headers {

    // H.265 Table 7-1 nal_unit_type
    static final int VPS = 32;
    static final int SPS = 33;
    static final int PPS = 34;

    private X265Headers() {
    }

    /**
     * The level x265 chose, as x265's level-idc option spells it ("3.1"), so a restarted encoder
     * writes the same parameter sets. H.265 §7.3.2.2 and §7.3.3: in the SPS RBSP, after the 2-byte
     * NAL header, one byte of ids, then profile_tier_level's profile byte, 4 bytes of compatibility
     * flags and 6 bytes of constraint flags, general_level_idc is 30 times the level.
     */
    static String level(ParameterSets sets) {
        byte[] rbsp = unescape(sets.sps());
        if (rbsp.length <= 14) {
            return "";
        }
        int idc = rbsp[14] & 0xff;
        return (idc / 30) + "." + (idc % 30) / 3;
    }

    /** H.265 §7.4.2: drops the emulation_prevention_three_byte of each 0x000003. */
    static byte[] unescape(byte[] nal) {
        byte[] rbsp = new byte[nal.length];
        int n = 0;
        int zeros = 0;
        for (byte b : nal) {
            if (zeros >= 2 && b == 3) {
                zeros = 0;
                continue;
            }
            zeros = b == 0 ? zeros + 1 : 0;
            rbsp[n++] = b;
        }
        return java.util.Arrays.copyOf(rbsp, n);
    }

    static ParameterSets read(Pointer encoder) throws EncoderException {
        try (Memory nalArray = new Memory(8); Memory nalCount = new Memory(4)) {
            int bytes = X265Native.x265_encoder_headers(encoder, nalArray, nalCount);
            if (bytes < 0) {
                throw new EncoderException("x265_encoder_headers failed: " + bytes);
            }
            ByteArrayOutputStream stream = new ByteArrayOutputStream(bytes);
            Pointer nals = nalArray.getPointer(0);
            for (int i = 0; i < nalCount.getInt(0); i++) {
                long offset = (long) i * X265Layout.NAL_SIZE;
                int size = nals.getInt(offset + X265Layout.NAL_SIZE_BYTES);
                stream.writeBytes(nals.getPointer(offset + X265Layout.NAL_PAYLOAD).getByteArray(0, size));
            }
            byte[] vps = null;
            byte[] sps = null;
            byte[] pps = null;
            for (byte[] nal : AnnexB.nalUnits(stream.toByteArray())) {
                switch (AnnexB.h265Type(nal)) {
                    case VPS -> vps = nal;
                    case SPS -> sps = nal;
                    case PPS -> pps = nal;
                    default -> {
                        // SEI (x265's settings string): not a parameter set
                    }
                }
            }
            if (vps == null || sps == null || pps == null) {
                throw new EncoderException("x265_encoder_headers gave no VPS/SPS/PPS");
            }
            return new ParameterSets(Codec.H265, vps, sps, pps);
        }
    }
}
