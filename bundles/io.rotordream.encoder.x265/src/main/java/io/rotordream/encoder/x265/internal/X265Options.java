package io.rotordream.encoder.x265.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.encoder.RateControl;

/**
 * EncoderSettings as x265 sees them: a preset and tune for x265_param_default_preset, then
 * name=value pairs for x265_param_parse (the names of x265's command line, docs "Command Line
 * Options"), and the settings x265 cannot honour. Plain Java so the mapping is tested without
 * the library.
 */
final class X265Options {

    /** The only HEVC profile this backend produces: 8-bit 4:2:0. */
    static final String PROFILE = "main";

    /**
     * Peak over average for VBR. The settings carry no maximum rate, so VBR gets a VBV cap this
     * far above the target: enough headroom for keyframes and motion, still a bound a network
     * path can be sized for.
     */
    static final double VBR_PEAK_RATIO = 1.5;

    /** x265's --subme range. */
    static final int MAX_SUBME = 7;

    final String preset;
    /** {@code null} when no tune is applied. */
    final String tune;
    final Map<String, String> params;
    final List<String> ignored;

    private X265Options(String preset, String tune, Map<String, String> params, List<String> ignored) {
        this.preset = preset;
        this.tune = tune;
        this.params = Collections.unmodifiableMap(params);
        this.ignored = Collections.unmodifiableList(ignored);
    }

    static X265Options of(EncoderSettings s) throws EncoderException {
        if (s.codec != Codec.H265) {
            throw new EncoderException("x265 encodes H265, not " + s.codec);
        }
        if (s.inputFormat != PixelFormat.I420 && s.inputFormat != PixelFormat.NV12) {
            throw new EncoderException("x265 backend takes I420 or NV12 frames, not " + s.inputFormat);
        }
        if (s.width <= 0 || s.height <= 0 || (s.width & 1) != 0 || (s.height & 1) != 0) {
            throw new EncoderException("4:2:0 needs an even picture size, not " + s.width + "x" + s.height);
        }
        List<String> ignored = new ArrayList<>();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("input-res", s.width + "x" + s.height);
        p.put("fps", s.fpsNum + "/" + s.fpsDen);
        p.put("input-csp", "i420");
        // Every keyframe a decoder can join at: closed GOPs make them IDRs (not CRAs), and
        // repeat-headers puts VPS/SPS/PPS in front of each; annexb gives start codes, not lengths.
        p.put("annexb", "1");
        p.put("repeat-headers", "1");
        p.put("open-gop", "0");
        p.put("keyint", Integer.toString(s.gopSize > 0 ? s.gopSize : -1));
        p.put("bframes", Integer.toString(Math.max(0, s.bFrames)));
        if (s.referenceFrames > 0) {
            p.put("ref", Integer.toString(s.referenceFrames));
        }
        p.putAll(rate(s));
        if (s.rateControl == RateControl.CBR) {
            // x265 docs, --strict-cbr: bitrate adherence over quality, rate tolerance halved.
            p.put("strict-cbr", "1");
        }
        threads(s, p);
        if (s.slices > 0) {
            p.put("slices", Integer.toString(s.slices));
        }
        if (!s.level.isEmpty()) {
            p.put("level-idc", s.level);
        }
        // ref, me and subme are set only when the operator overrides the preset (EncoderSettings' defaults).
        if (!s.motionEstimation.isEmpty()) {
            p.put("me", s.motionEstimation);
        }
        if (s.subpixelRefinement > MAX_SUBME) {
            ignored.add("subpixel_refinement " + s.subpixelRefinement + " (x265 stops at " + MAX_SUBME + ", used "
                    + MAX_SUBME + ")");
        }
        if (s.subpixelRefinement >= 0) {
            p.put("subme", Integer.toString(Math.min(MAX_SUBME, s.subpixelRefinement)));
        }
        if (s.intraRefresh) {
            p.put("intra-refresh", "1");
        }
        // x265 logs to stderr only; keep it to problems.
        p.put("log-level", "warning");

        if (!PROFILE.equals(s.profile.toLowerCase(Locale.ROOT))) {
            ignored.add("profile " + s.profile + " (x265 backend encodes HEVC main)");
        }
        if ("cavlc".equalsIgnoreCase(s.entropyCoding)) {
            ignored.add("entropy_coding cavlc (HEVC has only CABAC)");
        }
        String tune = s.tune == null || s.tune.isEmpty() ? null : s.tune.toLowerCase(Locale.ROOT);
        return new X265Options(s.preset.toLowerCase(Locale.ROOT), tune, p, ignored);
    }

    /** The VBV maximum rate {@link #rate} asks for, in kbit/s. */
    static int maxRateKbps(EncoderSettings s) {
        return s.rateControl == RateControl.VBR ? (int) Math.round(s.bitrateKbps * VBR_PEAK_RATIO) : s.bitrateKbps;
    }

    /** VBV is on in every mode: CBR and VBR promise a rate, and CRF keeps a cap (RateControl's javadoc). */
    private static Map<String, String> rate(EncoderSettings s) {
        int kbps = s.bitrateKbps;
        Map<String, String> p = new LinkedHashMap<>();
        int buffer = s.vbvBufferKbit > 0 ? s.vbvBufferKbit : kbps;
        switch (s.rateControl) {
            case CBR, VBR -> p.put("bitrate", Integer.toString(kbps));
            // x265_param_parse("bitrate") also switches the mode to ABR, so CRF sets only its cap.
            case CRF -> p.put("crf", Double.toString(Math.max(0, Math.min(51, s.crf))));
        }
        p.put("vbv-maxrate", Integer.toString(maxRateKbps(s)));
        p.put("vbv-bufsize", Integer.toString(buffer));
        return p;
    }

    private static void threads(EncoderSettings s, Map<String, String> p) {
        if (s.threads > 0) {
            // One pool of this many workers; x265 sizes frame-threads from the pool (its auto table).
            p.put("pools", Integer.toString(s.threads));
        }
        if ("zerolatency".equalsIgnoreCase(s.tune)) {
            // Each frame thread delays output by a frame; the tune sets 1, and no thread count undoes it.
            p.put("frame-threads", "1");
        }
    }
}
