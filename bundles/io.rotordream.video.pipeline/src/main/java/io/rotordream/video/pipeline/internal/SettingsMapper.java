package io.rotordream.video.pipeline.internal;

import java.util.Locale;

import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.SensorControls;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.encoder.RateControl;

/** From the configuration's words to the video API's types. */
final class SettingsMapper {

    private SettingsMapper() {
    }

    /** @throws IllegalArgumentException naming the field (resolution, frame_rate, pixel_format) */
    static FrameFormat captureFormat(String resolution, double frameRate, String pixelFormat) {
        int[] size = resolution(resolution);
        PixelFormat pf;
        try {
            pf = PixelFormat.valueOf(pixelFormat.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pixel_format: '" + pixelFormat + "' is not NV12, I420, YUYV or MJPEG");
        }
        int[] rate = rate(frameRate);
        return new FrameFormat(pf, size[0], size[1], rate[0], rate[1]);
    }

    /** "1920x1080" to {1920, 1080}; even sizes only (4:2:0 chroma). */
    static int[] resolution(String text) {
        String[] parts = text == null ? new String[0] : text.trim().toLowerCase(Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].trim());
                int h = Integer.parseInt(parts[1].trim());
                if (w >= 16 && h >= 16 && w <= 8192 && h <= 8192 && w % 2 == 0 && h % 2 == 0) {
                    return new int[] { w, h };
                }
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw new IllegalArgumentException("resolution: '" + text + "' is not WIDTHxHEIGHT with even sizes from 16 to 8192");
    }

    /** 30 to 30/1, 29.97 to 30000/1001, 12.5 to 25/2. */
    static int[] rate(double fps) {
        if (!(fps > 0 && fps <= 1000)) {
            throw new IllegalArgumentException("frame_rate: " + fps + " is not between 0 and 1000");
        }
        if (Math.abs(fps - Math.rint(fps)) < 1e-6) {
            return new int[] { (int) Math.rint(fps), 1 };
        }
        for (int den : new int[] { 1001, 2, 4, 5, 10, 100, 1000 }) {
            double num = fps * den;
            if (Math.abs(num - Math.rint(num)) < 0.01) {
                return new int[] { (int) Math.rint(num), den };
            }
        }
        return new int[] { (int) Math.round(fps * 1000), 1000 };
    }

    static SensorControls controls(SensorConfig c) {
        SensorControls s = new SensorControls();
        s.exposureMode = c.exposure__mode();
        s.exposureTimeUs = c.exposure__time__us();
        s.gainMode = c.gain__mode();
        s.gainValue = c.gain__value();
        s.whiteBalanceMode = c.white__balance__mode();
        s.focusMode = c.focus__mode();
        return s;
    }

    /** The encoder settings of the main stream; an encoding profile, when named, overrides its fields. */
    static EncoderSettings encoder(EncodingConfig e, EncodingProfileConfig profile) {
        EncoderSettings s = new EncoderSettings();
        s.codec = "h265".equalsIgnoreCase(e.codec()) ? Codec.H265 : Codec.H264;
        s.bitrateKbps = e.bitrate__kbps();
        s.rateControl = RateControl.valueOf(e.rate__control().toUpperCase(Locale.ROOT));
        s.crf = e.crf();
        s.vbvBufferKbit = e.vbv__buffer__kbit();
        s.gopSize = e.gop__size();
        s.bFrames = e.b__frames();
        s.referenceFrames = e.reference__frames();
        s.preset = e.quality__preset();
        s.tune = e.tune();
        s.profile = s.codec == Codec.H265 ? "main" : e.profile();
        s.level = e.level();
        s.threads = e.threads();
        s.entropyCoding = "auto".equals(e.entropy__coding()) ? "" : e.entropy__coding();
        s.motionEstimation = "auto".equals(e.motion__estimation()) ? "" : e.motion__estimation();
        s.subpixelRefinement = e.subpixel__refinement();
        s.slices = e.slices();
        s.intraRefresh = e.intra__refresh();
        if (profile != null) {
            s.preset = profile.preset();
            s.tune = profile.tune();
            s.gopSize = profile.keyframe__interval();
            s.bFrames = profile.b__frames();
            s.referenceFrames = profile.reference__frames();
            if (profile.threads() > 0) {
                s.threads = profile.threads();
            }
        }
        return s;
    }
}
