package io.rotordream.video.synthetic.internal;

import java.util.List;
import java.util.Map;

import io.rotordream.video.api.SensorControls;

/**
 * What the synthetic sensor does with the seed's controls: manual exposure and gain scale the
 * picture's brightness, white balance presets tint it, focus modes are accepted (a test pattern
 * is always sharp). Values out of a real sensor's range are refused, naming the field.
 */
final class SensorModel {

    static final List<String> EXPOSURE_MODES = List.of("auto", "manual");
    static final List<String> GAIN_MODES = List.of("auto", "manual");
    static final List<String> FOCUS_MODES = List.of("continuous", "auto", "manual", "fixed");
    /** U, V shift per white balance preset. */
    static final Map<String, int[]> WHITE_BALANCE = Map.of("auto", new int[] { 0, 0 }, "manual", new int[] { 0, 0 },
            "daylight", new int[] { -4, 4 }, "cloudy", new int[] { -8, 8 }, "tungsten", new int[] { 18, -14 },
            "fluorescent", new int[] { 8, -4 });

    private SensorModel() {
    }

    static SensorControls defaults() {
        SensorControls c = new SensorControls();
        c.exposureMode = "auto";
        c.exposureTimeUs = 33_333;
        c.gainMode = "auto";
        c.gainValue = 1.0;
        c.whiteBalanceMode = "auto";
        c.focusMode = "continuous";
        return c;
    }

    /** @return the merged settings; throws naming the first refused field */
    static SensorControls merge(SensorControls current, SensorControls change, long frameIntervalUs) {
        SensorControls m = current.copy();
        if (change.exposureMode != null) {
            m.exposureMode = oneOf("exposure_mode", change.exposureMode, EXPOSURE_MODES);
        }
        if (change.exposureTimeUs != null) {
            if (change.exposureTimeUs < 10 || change.exposureTimeUs > frameIntervalUs) {
                throw new IllegalArgumentException("exposure_time_us: " + change.exposureTimeUs
                        + " outside 10.." + frameIntervalUs + " (the frame interval at the current rate)");
            }
            m.exposureTimeUs = change.exposureTimeUs;
        }
        if (change.gainMode != null) {
            m.gainMode = oneOf("gain_mode", change.gainMode, GAIN_MODES);
        }
        if (change.gainValue != null) {
            if (!(change.gainValue >= 0.25 && change.gainValue <= 16.0)) {
                throw new IllegalArgumentException("gain_value: " + change.gainValue + " outside 0.25..16.0");
            }
            m.gainValue = change.gainValue;
        }
        if (change.whiteBalanceMode != null) {
            m.whiteBalanceMode = oneOf("white_balance_mode", change.whiteBalanceMode,
                    WHITE_BALANCE.keySet().stream().sorted().toList());
        }
        if (change.focusMode != null) {
            m.focusMode = oneOf("focus_mode", change.focusMode, FOCUS_MODES);
        }
        return m;
    }

    private static String oneOf(String field, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not one of " + allowed);
        }
        return value;
    }

    /** Brightness factor: auto modes hold the picture at its nominal level. */
    static double gain(SensorControls c, long frameIntervalUs) {
        double g = "manual".equals(c.gainMode) ? c.gainValue : 1.0;
        if ("manual".equals(c.exposureMode)) {
            g *= Math.min(1.0, c.exposureTimeUs / (double) frameIntervalUs) * 2.0;
        }
        return g;
    }
}
