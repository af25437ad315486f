package io.rotordream.encoder.x264.internal;

import static io.rotordream.encoder.x264.internal.X264Layout.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.encoder.ParameterSets;

/**
 * What x264 made of the settings: presets, profiles and x264's own validation lower some of them
 * (baseline drops CABAC and B-frames, ultrafast drops 8x8 transforms and so reaches only baseline).
 */
final class AppliedSettings {

    /** x264.h x264_motion_est_names */
    private static final List<String> MOTION_NAMES = List.of("dia", "hex", "umh", "esa", "tesa");

    private AppliedSettings() {
    }

    /** @param applied filled by x264_encoder_parameters */
    static EncoderSettings read(EncoderSettings requested, X264Params applied, ParameterSets parameterSets) {
        EncoderSettings a = requested.copy();
        a.bFrames = applied.getInt(PARAM_I_BFRAME);
        a.referenceFrames = applied.getInt(PARAM_I_FRAME_REFERENCE);
        a.entropyCoding = applied.getInt(PARAM_B_CABAC) != 0 ? "cabac" : "cavlc";
        int me = applied.getInt(PARAM_ANALYSE_I_ME_METHOD);
        a.motionEstimation = me >= 0 && me < MOTION_NAMES.size() ? MOTION_NAMES.get(me) : "me " + me;
        a.subpixelRefinement = applied.getInt(PARAM_ANALYSE_I_SUBPEL_REFINE);
        a.threads = applied.getInt(PARAM_I_THREADS);
        a.slices = applied.getInt(PARAM_I_SLICE_COUNT);
        a.gopSize = applied.getInt(PARAM_I_KEYINT_MAX);
        a.intraRefresh = applied.getInt(PARAM_B_INTRA_REFRESH) != 0;
        byte[] sps = parameterSets.sps();
        // ITU-T H.264 §7.3.2.1.1: profile_idc, constraint flags, level_idc follow the NAL header.
        a.profile = profileName(sps[1] & 0xff);
        a.level = levelName(sps[3] & 0xff);
        return a;
    }

    /** Requested values x264 did not apply; "let the encoder choose" values (0, empty) never count. */
    static List<String> ignored(EncoderSettings requested, EncoderSettings applied) {
        List<String> out = new ArrayList<>();
        differs(out, "b_frames", requested.bFrames, applied.bFrames);
        if (requested.referenceFrames > 0) {
            differs(out, "reference_frames", requested.referenceFrames, applied.referenceFrames);
        }
        if (!X264Options.isEmpty(requested.entropyCoding)) {
            differs(out, "entropy_coding", requested.entropyCoding, applied.entropyCoding);
        }
        if (!X264Options.isEmpty(requested.motionEstimation)) {
            differs(out, "motion_estimation", requested.motionEstimation, applied.motionEstimation);
        }
        if (requested.subpixelRefinement >= 0) {
            differs(out, "subpixel_refinement", requested.subpixelRefinement, applied.subpixelRefinement);
        }
        differs(out, "gop_size", requested.gopSize, applied.gopSize);
        differs(out, "intra_refresh", requested.intraRefresh, applied.intraRefresh);
        differs(out, "profile", requested.profile, applied.profile);
        if (!X264Options.isEmpty(requested.level) && levelIdc(requested.level) != levelIdc(applied.level)) {
            out.add("level " + requested.level + " (x264 applied " + applied.level + ")");
        }
        if (requested.threads > 0) {
            differs(out, "threads", requested.threads, applied.threads);
        }
        if (requested.slices > 0) {
            differs(out, "slices", requested.slices, applied.slices);
        }
        return List.copyOf(out);
    }

    private static void differs(List<String> out, String field, Object requested, Object applied) {
        if (!Objects.equals(requested, applied)) {
            out.add(field + " " + requested + " (x264 applied " + applied + ")");
        }
    }

    /** ITU-T H.264 Annex A profile_idc values x264 produces for 8-bit 4:2:0. */
    static String profileName(int profileIdc) {
        return switch (profileIdc) {
            case 66 -> "baseline";
            case 77 -> "main";
            case 100 -> "high";
            default -> "profile_idc " + profileIdc;
        };
    }

    static String levelName(int levelIdc) {
        return levelIdc == 9 ? "1b" : (levelIdc / 10) + "." + (levelIdc % 10);
    }

    /** As x264_param_parse reads "level": "1b", "3.1" or "31". */
    static int levelIdc(String level) {
        if ("1b".equals(level)) {
            return 9;
        }
        double v = Double.parseDouble(level);
        return v < 7 ? (int) (10 * v + 0.5) : (int) v;
    }
}
