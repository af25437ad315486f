package io.rotordream.encoder.openh264.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.sun.jna.Pointer;

import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;

/**
 * EncoderSettings as SEncParamExt fields, and the settings OpenH264 cannot honour. The mapping is
 * plain Java (tested without the library); {@link #writeTo} puts it over GetDefaultParams' values.
 */
final class OpenH264Config {

    static final String PROFILE = "baseline";

    /** Peak over average for VBR; the settings carry no maximum rate (same ratio as the x265 backend). */
    static final double VBR_PEAK_RATIO = 1.5;

    final int width;
    final int height;
    final float frameRate;
    final int rcMode;
    final int targetBps;
    final int maxBps;
    final boolean frameSkip;
    /** 0 leaves OpenH264's minimum QP. */
    final int minQp;
    final int intraPeriod;
    /** 0 leaves OpenH264's choice. */
    final int referenceFrames;
    final int threads;
    final int sliceMode;
    final int sliceCount;
    final int complexity;
    final int level;
    final List<String> ignored;

    private OpenH264Config(EncoderSettings s, int cores, List<String> ignored) {
        width = s.width;
        height = s.height;
        frameRate = (float) s.fpsNum / s.fpsDen;
        targetBps = s.bitrateKbps * 1000;
        switch (s.rateControl) {
            // Frame skipping is how OpenH264 holds a rate when content outgrows it ("bitrate can't be
            // controlled ... without enabling skip frame"): on where a rate is promised (CBR, VBR's
            // cap), off for CRF, which keeps every frame and treats its cap as advisory.
            case CBR -> {
                rcMode = OpenH264Layout.RC_BITRATE;
                maxBps = targetBps;
                frameSkip = true;
                minQp = 0;
            }
            case VBR -> {
                rcMode = OpenH264Layout.RC_BITRATE;
                maxBps = (int) Math.round(targetBps * VBR_PEAK_RATIO);
                frameSkip = true;
                minQp = 0;
            }
            default -> {
                // No CRF in OpenH264: quality mode, never finer than the requested CRF as a QP,
                // coarser only where the bitrate cap needs it.
                rcMode = OpenH264Layout.RC_QUALITY;
                maxBps = targetBps;
                frameSkip = false;
                minQp = (int) Math.round(Math.max(1, Math.min(51, s.crf)));
            }
        }
        intraPeriod = Math.max(0, s.gopSize);
        referenceFrames = Math.max(0, s.referenceFrames);
        threads = Math.max(0, s.threads);
        if (s.slices > 1) {
            sliceMode = OpenH264Layout.SLICE_FIXED_NUM;
            sliceCount = s.slices;
        } else if (s.slices == 0 && threads != 1 && cores > 1) {
            // OpenH264 threads work on slices: one slice per thread. Its own "uiSliceNum 0 = one per
            // core" is refused by 2.3.1's validation (MAX_SLICES_NUM warning), so the count is ours.
            sliceMode = OpenH264Layout.SLICE_FIXED_NUM;
            sliceCount = threads > 0 ? threads : cores;
        } else {
            sliceMode = OpenH264Layout.SLICE_SINGLE;
            sliceCount = 1;
        }
        complexity = complexity(s.preset);
        level = level(s.level, ignored);
        this.ignored = Collections.unmodifiableList(ignored);
    }

    static OpenH264Config of(EncoderSettings s) throws EncoderException {
        return of(s, Runtime.getRuntime().availableProcessors());
    }

    static OpenH264Config of(EncoderSettings s, int cores) throws EncoderException {
        if (s.codec != Codec.H264) {
            throw new EncoderException("OpenH264 encodes H264, not " + s.codec);
        }
        if (s.inputFormat != PixelFormat.I420 && s.inputFormat != PixelFormat.NV12) {
            throw new EncoderException("OpenH264 backend takes I420 or NV12 frames, not " + s.inputFormat);
        }
        if (s.width <= 0 || s.height <= 0 || (s.width & 1) != 0 || (s.height & 1) != 0) {
            throw new EncoderException("4:2:0 needs an even picture size, not " + s.width + "x" + s.height);
        }
        if (s.bitrateKbps <= 0 || s.fpsNum <= 0 || s.fpsDen <= 0) {
            throw new EncoderException("bitrate and frame rate must be positive: " + s);
        }
        List<String> ignored = new ArrayList<>();
        if (!PROFILE.equalsIgnoreCase(s.profile)) {
            ignored.add("profile " + s.profile + " (OpenH264 encodes constrained baseline)");
        }
        if ("cabac".equalsIgnoreCase(s.entropyCoding)) {
            ignored.add("entropy_coding cabac (baseline has only CAVLC)");
        }
        if (s.bFrames > 0) {
            ignored.add("b_frames " + s.bFrames + " (OpenH264 has none)");
        }
        if (!s.tune.isEmpty() && !"zerolatency".equalsIgnoreCase(s.tune)) {
            ignored.add("tune " + s.tune + " (OpenH264 has no tunes; it is always zero latency)");
        }
        if (s.vbvBufferKbit > 0) {
            ignored.add("vbv_buffer " + s.vbvBufferKbit + " kbit (OpenH264 sizes its own rate window)");
        }
        if (s.intraRefresh) {
            ignored.add("intra_refresh (OpenH264 has no periodic intra refresh)");
        }
        if (!s.motionEstimation.isEmpty()) {
            ignored.add("motion_estimation " + s.motionEstimation + " (OpenH264 picks its own search)");
        }
        if (s.subpixelRefinement >= 0) {
            ignored.add("subpixel_refinement " + s.subpixelRefinement + " (OpenH264 has no such control)");
        }
        return new OpenH264Config(s, cores, ignored);
    }

    /** Presets map to ECOMPLEXITY_MODE, OpenH264's one speed/quality trade-off. */
    static int complexity(String preset) {
        return switch (preset.toLowerCase(Locale.ROOT)) {
            case "ultrafast", "superfast", "veryfast" -> OpenH264Layout.COMPLEXITY_LOW;
            case "faster", "fast", "medium" -> OpenH264Layout.COMPLEXITY_MEDIUM;
            default -> OpenH264Layout.COMPLEXITY_HIGH;
        };
    }

    /** ELevelIdc is ten times the level ("3.1" is 31), with 9 for level 1b; 0 lets OpenH264 choose. */
    static int level(String level, List<String> ignored) {
        if (level.isEmpty()) {
            return 0;
        }
        if ("1b".equalsIgnoreCase(level)) {
            return 9;
        }
        try {
            int idc = (int) Math.round(Double.parseDouble(level) * 10);
            if (java.util.Set.of(10, 11, 12, 13, 20, 21, 22, 30, 31, 32, 40, 41, 42, 50, 51, 52).contains(idc)) {
                return idc;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        ignored.add("level " + level + " (not an H.264 level; OpenH264 chooses)");
        return 0;
    }

    /** Writes over the library's defaults (GetDefaultParams) in {@code param}, an SEncParamExt. */
    void writeTo(Pointer param) {
        param.setInt(OpenH264Layout.PARAM_USAGE_TYPE, OpenH264Layout.CAMERA_REAL_TIME);
        param.setInt(OpenH264Layout.PARAM_WIDTH, width);
        param.setInt(OpenH264Layout.PARAM_HEIGHT, height);
        param.setInt(OpenH264Layout.PARAM_TARGET_BITRATE, targetBps);
        param.setInt(OpenH264Layout.PARAM_RC_MODE, rcMode);
        param.setFloat(OpenH264Layout.PARAM_MAX_FRAME_RATE, frameRate);
        param.setInt(OpenH264Layout.PARAM_TEMPORAL_LAYERS, 1);
        param.setInt(OpenH264Layout.PARAM_SPATIAL_LAYERS, 1);
        param.setInt(OpenH264Layout.PARAM_COMPLEXITY, complexity);
        param.setInt(OpenH264Layout.PARAM_INTRA_PERIOD, intraPeriod);
        if (referenceFrames > 0) {
            param.setInt(OpenH264Layout.PARAM_NUM_REF_FRAME, referenceFrames);
        }
        // Constant ids: the SPS/PPS sent before every IDR stay the ones parameterSets() reports (SDP).
        param.setInt(OpenH264Layout.PARAM_SPS_PPS_ID_STRATEGY, OpenH264Layout.CONSTANT_ID);
        param.setByte(OpenH264Layout.PARAM_PREFIX_NAL, (byte) 0);
        param.setInt(OpenH264Layout.PARAM_ENTROPY_CODING, 0);
        param.setByte(OpenH264Layout.PARAM_ENABLE_FRAME_SKIP, (byte) (frameSkip ? 1 : 0));
        param.setInt(OpenH264Layout.PARAM_MAX_BITRATE, maxBps);
        if (minQp > 0) {
            param.setInt(OpenH264Layout.PARAM_MIN_QP, minQp);
            param.setInt(OpenH264Layout.PARAM_MAX_QP, 51);
        }
        param.setShort(OpenH264Layout.PARAM_THREADS, (short) threads);
        // Keyframes where the GOP and requestKeyframe put them: the scene-change detector turns what
        // it takes for a cut into an extra IDR (on the moving test pattern, every 17th frame).
        param.setByte(OpenH264Layout.PARAM_SCENE_CHANGE_DETECT, (byte) 0);

        long layer = OpenH264Layout.PARAM_LAYER0;
        param.setInt(layer + OpenH264Layout.LAYER_WIDTH, width);
        param.setInt(layer + OpenH264Layout.LAYER_HEIGHT, height);
        param.setFloat(layer + OpenH264Layout.LAYER_FRAME_RATE, frameRate);
        param.setInt(layer + OpenH264Layout.LAYER_BITRATE, targetBps);
        param.setInt(layer + OpenH264Layout.LAYER_MAX_BITRATE, maxBps);
        param.setInt(layer + OpenH264Layout.LAYER_PROFILE, OpenH264Layout.PROFILE_BASELINE);
        param.setInt(layer + OpenH264Layout.LAYER_LEVEL, level);
        param.setInt(layer + OpenH264Layout.LAYER_SLICE_MODE, sliceMode);
        param.setInt(layer + OpenH264Layout.LAYER_SLICE_NUM, sliceCount);
    }
}
