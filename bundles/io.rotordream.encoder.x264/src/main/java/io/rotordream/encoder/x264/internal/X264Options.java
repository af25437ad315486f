package io.rotordream.encoder.x264.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.encoder.RateControl;

/**
 * Translates {@link EncoderSettings} into x264 options, in the order x264.h asks for: preset and
 * tune first ({@code x264_param_default_preset}), then these options, then the profile
 * ({@code x264_param_apply_profile}), which only ever lowers what the options asked for.
 */
final class X264Options {

    /** x264.h x264_preset_names, x264_tune_names; the profiles this backend offers. */
    static final List<String> PRESETS = List.of("ultrafast", "superfast", "veryfast", "faster", "fast", "medium",
            "slow", "slower", "veryslow", "placebo");
    static final List<String> TUNES = List.of("film", "animation", "grain", "stillimage", "psnr", "ssim",
            "fastdecode", "zerolatency");
    static final List<String> PROFILES = List.of("baseline", "main", "high");
    static final List<String> ENTROPY = List.of("cabac", "cavlc");
    static final List<String> MOTION = List.of("dia", "hex", "umh");

    /** x264.h: several tunes may be given separated by any of ",./-+". */
    private static final Pattern TUNE_SEPARATORS = Pattern.compile("[,./+-]");
    /** Levels as x264_param_parse reads them: "3.1", "31", "1b". */
    private static final Pattern LEVEL = Pattern.compile("1b|[1-6](\\.[0-2])?|[1-6][0-2]?");

    private X264Options() {
    }

    /** @throws EncoderException naming the first field x264 cannot take */
    static void validate(EncoderSettings s) throws EncoderException {
        require(s.codec == Codec.H264, "codec " + s.codec + ": libx264 encodes H264 only");
        require(s.inputFormat == PixelFormat.NV12 || s.inputFormat == PixelFormat.I420,
                "input_format " + s.inputFormat + ": libx264 backend reads NV12 or I420");
        require(s.width > 0 && s.height > 0 && s.width % 2 == 0 && s.height % 2 == 0,
                "size " + s.width + "x" + s.height + ": 4:2:0 needs a positive, even width and height");
        require(s.fpsNum > 0 && s.fpsDen > 0, "frame rate " + s.fpsNum + "/" + s.fpsDen + " must be positive");
        require(s.bitrateKbps > 0, "bitrate_kbps " + s.bitrateKbps + " must be positive");
        require(s.rateControl != null, "rate_control missing");
        require(s.crf >= 0 && s.crf <= 51, "crf " + s.crf + " outside 0..51");
        require(s.vbvBufferKbit >= 0, "vbv_buffer_kbit " + s.vbvBufferKbit + " is negative");
        require(s.gopSize >= 1, "gop_size " + s.gopSize + " must be at least 1");
        require(s.bFrames >= 0 && s.bFrames <= 16, "b_frames " + s.bFrames + " outside 0..16");
        require(s.referenceFrames >= 0 && s.referenceFrames <= 16,
                "reference_frames " + s.referenceFrames + " outside 0..16 (0: the preset's)");
        require(s.threads >= 0, "threads " + s.threads + " is negative");
        require(s.slices >= 0, "slices " + s.slices + " is negative");
        require(s.subpixelRefinement >= -1 && s.subpixelRefinement <= 11,
                "subpixel_refinement " + s.subpixelRefinement + " outside 0..11 (-1: the preset's)");
        require(PRESETS.contains(s.preset), "preset '" + s.preset + "': one of " + PRESETS);
        if (!isEmpty(s.tune)) {
            for (String t : TUNE_SEPARATORS.split(s.tune)) {
                require(TUNES.contains(t), "tune '" + t + "': one of " + TUNES);
            }
        }
        require(PROFILES.contains(s.profile), "profile '" + s.profile + "': one of " + PROFILES);
        require(isEmpty(s.level) || LEVEL.matcher(s.level).matches(), "level '" + s.level + "': e.g. 3.1 or 4.0");
        require(isEmpty(s.entropyCoding) || ENTROPY.contains(s.entropyCoding),
                "entropy_coding '" + s.entropyCoding + "': one of " + ENTROPY);
        require(isEmpty(s.motionEstimation) || MOTION.contains(s.motionEstimation),
                "motion_estimation '" + s.motionEstimation + "': one of " + MOTION);
    }

    /** The tune for x264_param_default_preset, {@code null} for none. */
    static String tune(EncoderSettings s) {
        return isEmpty(s.tune) ? null : s.tune;
    }

    /**
     * Options for x264_param_parse. An empty entropy coding or motion estimation keeps what the
     * preset chose.
     */
    static List<X264Option> options(EncoderSettings s) {
        List<X264Option> o = new ArrayList<>();
        o.add(new X264Option("fps", s.fpsNum + "/" + s.fpsDen));
        // Frames carry a frame counter as pts, so rate control must budget by fps, not timestamps.
        o.add(new X264Option("force-cfr", "1"));
        o.add(new X264Option("keyint", Integer.toString(s.gopSize)));
        // A camera stream keeps a fixed GOP (segmenters and recorders cut at IDRs): no scene-cut
        // IDRs, and keyint-min as long as x264 allows (it clamps to keyint/2+1).
        o.add(new X264Option("keyint-min", Integer.toString(s.gopSize)));
        o.add(new X264Option("scenecut", "0"));
        o.add(new X264Option("bframes", Integer.toString(s.bFrames)));
        if (s.referenceFrames > 0) {
            o.add(new X264Option("ref", Integer.toString(s.referenceFrames)));
        }
        if (!isEmpty(s.entropyCoding)) {
            o.add(new X264Option("cabac", "cabac".equals(s.entropyCoding) ? "1" : "0"));
        }
        if (!isEmpty(s.motionEstimation)) {
            o.add(new X264Option("me", s.motionEstimation));
        }
        if (s.subpixelRefinement >= 0) {
            o.add(new X264Option("subme", Integer.toString(s.subpixelRefinement)));
        }
        o.add(new X264Option("threads", s.threads == 0 ? "auto" : Integer.toString(s.threads)));
        if (s.slices > 0) {
            o.add(new X264Option("slices", Integer.toString(s.slices)));
        }
        if (s.intraRefresh) {
            o.add(new X264Option("intra-refresh", "1"));
        }
        if (!isEmpty(s.level)) {
            o.add(new X264Option("level", s.level));
        }
        RateValues r = RateValues.of(s.rateControl, s.bitrateKbps, s.vbvBufferKbit, 1.0);
        if (s.rateControl == RateControl.CRF) {
            o.add(new X264Option("crf", String.format(Locale.ROOT, "%.2f", s.crf)));
        } else {
            o.add(new X264Option("bitrate", Integer.toString(r.bitrateKbps())));
        }
        o.add(new X264Option("vbv-maxrate", Integer.toString(r.vbvMaxKbps())));
        o.add(new X264Option("vbv-bufsize", Integer.toString(r.vbvBufferKbit())));
        // Annex B start codes, SPS/PPS in front of every IDR so a consumer can join at any keyframe.
        o.add(new X264Option("annexb", "1"));
        o.add(new X264Option("repeat-headers", "1"));
        return o;
    }

    static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    private static void require(boolean ok, String problem) throws EncoderException {
        if (!ok) {
            throw new EncoderException("x264: " + problem);
        }
    }
}
