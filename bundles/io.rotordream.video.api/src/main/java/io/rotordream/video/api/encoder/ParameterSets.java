package io.rotordream.video.api.encoder;

import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/** SPS/PPS (and VPS for H.265) of an encoder, NAL units without start codes. Immutable. */
public final class ParameterSets {
    public final Codec codec;
    /** H.265 only, else {@code null}. */
    private final byte[] vps;
    private final byte[] sps;
    private final byte[] pps;

    public ParameterSets(Codec codec, byte[] vps, byte[] sps, byte[] pps) {
        this.codec = codec;
        this.vps = vps == null ? null : vps.clone();
        this.sps = sps.clone();
        this.pps = pps.clone();
    }

    public byte[] vps() {
        return vps == null ? null : vps.clone();
    }

    public byte[] sps() {
        return sps.clone();
    }

    public byte[] pps() {
        return pps.clone();
    }

    /** H.264 profile_idc, constraint flags and level_idc as six hex digits (RFC 6184 profile-level-id). */
    public String profileLevelId() {
        if (codec != Codec.H264 || sps.length < 4) {
            return null;
        }
        return String.format(Locale.ROOT, "%02x%02x%02x", sps[1] & 0xff, sps[2] & 0xff, sps[3] & 0xff);
    }

    public static String base64(byte[] nal) {
        return nal == null ? null : Base64.getEncoder().encodeToString(nal);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterSets p && p.codec == codec && Arrays.equals(p.vps, vps)
                && Arrays.equals(p.sps, sps) && Arrays.equals(p.pps, pps);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sps) * 31 + Arrays.hashCode(pps);
    }
}
