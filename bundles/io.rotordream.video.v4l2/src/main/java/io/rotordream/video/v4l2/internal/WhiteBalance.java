package io.rotordream.video.v4l2.internal;

import java.util.List;

import io.rotordream.video.v4l2.internal.ControlMapper.Write;
import io.rotordream.video.v4l2.internal.VideoDevice.ControlInfo;

/**
 * white_balance_mode: V4L2_CID_AUTO_N_PRESET_WHITE_BALANCE when the device has presets; otherwise
 * V4L2_CID_AUTO_WHITE_BALANCE, with a preset emulated by a colour temperature (UVC cameras have no
 * preset menu but do have V4L2_CID_WHITE_BALANCE_TEMPERATURE).
 */
final class WhiteBalance {
    private static final String FIELD = ControlMapper.WHITE_BALANCE;
    private static final String[] NAMES = { "auto", "manual", "daylight", "cloudy", "tungsten", "fluorescent" };
    private static final int[] PRESETS = { V4l2.V4L2_WHITE_BALANCE_AUTO, V4l2.V4L2_WHITE_BALANCE_MANUAL,
        V4l2.V4L2_WHITE_BALANCE_DAYLIGHT, V4l2.V4L2_WHITE_BALANCE_CLOUDY, V4l2.V4L2_WHITE_BALANCE_INCANDESCENT,
        V4l2.V4L2_WHITE_BALANCE_FLUORESCENT };
    /** Kelvin of the presets, the usual photographic values; 0 for auto and manual. */
    private static final int[] KELVIN = { 0, 0, 5500, 6500, 3200, 4000 };

    private WhiteBalance() {
    }

    private static int index(String requested) {
        String m = ControlMapper.mode(requested);
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(m)) {
                return i;
            }
        }
        throw new IllegalArgumentException(FIELD + ": '" + requested + "' is not one of " + String.join(", ", NAMES));
    }

    static List<Write> writes(Controls controls, String requested) throws V4l2Exception {
        int i = index(requested);
        ControlInfo presets = controls.find(V4l2.V4L2_CID_AUTO_N_PRESET_WHITE_BALANCE);
        if (presets != null) {
            if (!controls.offers(presets, PRESETS[i])) {
                throw new IllegalArgumentException(FIELD + ": the device's presets do not include " + NAMES[i]);
            }
            return List.of(new Write(FIELD, presets.id(), PRESETS[i], NAMES[i]));
        }
        if (controls.find(V4l2.V4L2_CID_AUTO_WHITE_BALANCE) == null) {
            throw new IllegalArgumentException(FIELD + ": the device has no V4L2_CID_AUTO_N_PRESET_WHITE_BALANCE"
                    + " or V4L2_CID_AUTO_WHITE_BALANCE control");
        }
        controls.require(FIELD, V4l2.V4L2_CID_AUTO_WHITE_BALANCE, "V4L2_CID_AUTO_WHITE_BALANCE");
        int awb = V4l2.V4L2_CID_AUTO_WHITE_BALANCE;
        if (KELVIN[i] == 0) {
            return List.of(new Write(FIELD, awb, i == 0 ? 1 : 0, NAMES[i]));
        }
        ControlInfo t = controls.require(FIELD, V4l2.V4L2_CID_WHITE_BALANCE_TEMPERATURE,
                "V4L2_CID_WHITE_BALANCE_TEMPERATURE (needed for " + NAMES[i] + " without a preset menu)");
        int kelvin = Controls.align(t, KELVIN[i]);
        if (kelvin < t.minimum() || kelvin > t.maximum()) {
            throw new IllegalArgumentException(FIELD + ": " + NAMES[i] + " needs " + KELVIN[i]
                    + " K, the device's white balance spans " + t.minimum() + " to " + t.maximum() + " K");
        }
        return List.of(new Write(FIELD, awb, 0, NAMES[i]),
                new Write(FIELD, V4l2.V4L2_CID_WHITE_BALANCE_TEMPERATURE, kelvin, NAMES[i] + " (" + kelvin + " K)"));
    }

    static String read(Controls controls, String desired) throws V4l2Exception {
        Integer preset = controls.value(V4l2.V4L2_CID_AUTO_N_PRESET_WHITE_BALANCE);
        if (preset != null) {
            for (int i = 0; i < PRESETS.length; i++) {
                if (PRESETS[i] == preset) {
                    return NAMES[i];
                }
            }
            return "manual"; // a preset outside the seed's list (shade, flash, ...)
        }
        Integer auto = controls.value(V4l2.V4L2_CID_AUTO_WHITE_BALANCE);
        if (auto == null) {
            return null;
        }
        if (auto != 0) {
            return "auto";
        }
        ControlInfo t = controls.find(V4l2.V4L2_CID_WHITE_BALANCE_TEMPERATURE);
        Integer kelvin = controls.value(V4l2.V4L2_CID_WHITE_BALANCE_TEMPERATURE);
        if (desired != null && t != null && kelvin != null) {
            int i = indexOrMinusOne(desired);
            if (i >= 0 && KELVIN[i] != 0 && Controls.align(t, KELVIN[i]) == kelvin) {
                return NAMES[i];
            }
        }
        return "manual";
    }

    private static int indexOrMinusOne(String desired) {
        try {
            return index(desired);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
