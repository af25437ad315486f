package io.rotordream.video.v4l2.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.rotordream.video.api.SensorControls;
import io.rotordream.video.v4l2.internal.VideoDevice.ControlInfo;

/**
 * SensorControls to V4L2 controls and back (v4l2-controls.h, camera class). Every requested field
 * is checked before anything is written, so a refused field leaves the device as it was; modes
 * are written before the values they unlock (a manual exposure time needs manual exposure).
 */
final class ControlMapper {
    static final String EXPOSURE_MODE = "exposure_mode";
    static final String EXPOSURE_TIME = "exposure_time_us";
    static final String GAIN_MODE = "gain_mode";
    static final String GAIN_VALUE = "gain_value";
    static final String WHITE_BALANCE = "white_balance_mode";
    static final String FOCUS_MODE = "focus_mode";

    /** V4L2_CID_EXPOSURE_ABSOLUTE counts in 100 µs units (ext-ctrls-camera.rst). */
    static final int EXPOSURE_UNIT_US = 100;

    private ControlMapper() {
    }

    record Write(String field, int cid, int value, String what) {
    }

    /**
     * @throws IllegalArgumentException naming the field the device lacks, refuses or does not know
     * @throws V4l2Exception when the device fails (gone) rather than refuses
     */
    static void apply(VideoDevice d, SensorControls c) throws V4l2Exception {
        Controls controls = new Controls(d);
        List<Write> writes = new ArrayList<>();
        if (c.exposureMode != null) {
            writes.add(exposureMode(controls, c.exposureMode));
        }
        if (c.gainMode != null) {
            writes.add(gainMode(controls, c.gainMode));
        }
        if (c.whiteBalanceMode != null) {
            writes.addAll(WhiteBalance.writes(controls, c.whiteBalanceMode));
        }
        if (c.focusMode != null) {
            writes.addAll(Focus.writes(controls, c.focusMode));
        }
        if (c.exposureTimeUs != null) {
            writes.add(exposureTime(controls, c.exposureTimeUs));
        }
        if (c.gainValue != null) {
            writes.add(gainValue(controls, c.gainValue));
        }
        for (Write w : writes) {
            try {
                d.setControl(w.cid(), w.value());
            } catch (V4l2Exception e) {
                if (e.deviceGone()) {
                    throw e;
                }
                throw new IllegalArgumentException(w.field() + ": the device refused " + w.what() + " ("
                        + e.getMessage() + ")" + hint(w.field()), e);
            }
        }
    }

    /** The settings in effect; a field stays null when the device lacks its control. */
    static SensorControls read(VideoDevice d, SensorControls desired) throws V4l2Exception {
        Controls controls = new Controls(d);
        SensorControls r = new SensorControls();
        Integer mode = controls.value(V4l2.V4L2_CID_EXPOSURE_AUTO);
        if (mode != null) {
            r.exposureMode = mode == V4l2.V4L2_EXPOSURE_MANUAL ? "manual" : "auto";
        }
        Integer time = controls.value(V4l2.V4L2_CID_EXPOSURE_ABSOLUTE);
        if (time != null) {
            r.exposureTimeUs = time * EXPOSURE_UNIT_US;
        }
        Integer autogain = controls.value(V4l2.V4L2_CID_AUTOGAIN);
        if (autogain != null) {
            r.gainMode = autogain != 0 ? "auto" : "manual";
        }
        ControlInfo gain = controls.find(V4l2.V4L2_CID_GAIN);
        Integer gainValue = controls.value(V4l2.V4L2_CID_GAIN);
        if (gain != null && gainValue != null) {
            r.gainValue = gain.maximum() == gain.minimum() ? 0.0
                    : (double) (gainValue - gain.minimum()) / (gain.maximum() - gain.minimum());
        }
        r.whiteBalanceMode = WhiteBalance.read(controls, desired == null ? null : desired.whiteBalanceMode);
        r.focusMode = Focus.read(controls, desired == null ? null : desired.focusMode);
        return r;
    }

    private static Write exposureMode(Controls controls, String requested) throws V4l2Exception {
        String m = mode(requested);
        ControlInfo ci = controls.require(EXPOSURE_MODE, V4l2.V4L2_CID_EXPOSURE_AUTO, "V4L2_CID_EXPOSURE_AUTO");
        int cid = V4l2.V4L2_CID_EXPOSURE_AUTO;
        switch (m) {
            case "manual":
                if (!controls.offers(ci, V4l2.V4L2_EXPOSURE_MANUAL)) {
                    throw new IllegalArgumentException(EXPOSURE_MODE + ": the device offers no manual exposure");
                }
                return new Write(EXPOSURE_MODE, cid, V4l2.V4L2_EXPOSURE_MANUAL, "manual");
            case "auto":
                // UVC cameras offer aperture priority (auto time, fixed iris) rather than full auto
                for (int v : new int[] { V4l2.V4L2_EXPOSURE_APERTURE_PRIORITY, V4l2.V4L2_EXPOSURE_AUTO }) {
                    if (controls.offers(ci, v)) {
                        return new Write(EXPOSURE_MODE, cid, v, "auto");
                    }
                }
                throw new IllegalArgumentException(EXPOSURE_MODE + ": the device offers no automatic exposure");
            default:
                throw new IllegalArgumentException(EXPOSURE_MODE + ": '" + requested + "' is not one of auto, manual");
        }
    }

    private static Write exposureTime(Controls controls, int us) throws V4l2Exception {
        ControlInfo ci = controls.require(EXPOSURE_TIME, V4l2.V4L2_CID_EXPOSURE_ABSOLUTE, "V4L2_CID_EXPOSURE_ABSOLUTE");
        int units = Controls.align(ci, (int) Math.round(us / (double) EXPOSURE_UNIT_US));
        if (us <= 0 || units < ci.minimum() || units > ci.maximum()) {
            throw new IllegalArgumentException(EXPOSURE_TIME + ": " + us + " is outside the device's "
                    + (long) ci.minimum() * EXPOSURE_UNIT_US + " to " + (long) ci.maximum() * EXPOSURE_UNIT_US + " µs");
        }
        return new Write(EXPOSURE_TIME, V4l2.V4L2_CID_EXPOSURE_ABSOLUTE, units, us + " µs");
    }

    private static Write gainMode(Controls controls, String requested) throws V4l2Exception {
        String m = mode(requested);
        controls.require(GAIN_MODE, V4l2.V4L2_CID_AUTOGAIN, "V4L2_CID_AUTOGAIN");
        return switch (m) {
            case "auto" -> new Write(GAIN_MODE, V4l2.V4L2_CID_AUTOGAIN, 1, "auto");
            case "manual" -> new Write(GAIN_MODE, V4l2.V4L2_CID_AUTOGAIN, 0, "manual");
            default -> throw new IllegalArgumentException(GAIN_MODE + ": '" + requested + "' is not one of auto, manual");
        };
    }

    /** gain_value is a fraction of the control's range: 0 its minimum, 1 its maximum. */
    private static Write gainValue(Controls controls, double value) throws V4l2Exception {
        ControlInfo ci = controls.require(GAIN_VALUE, V4l2.V4L2_CID_GAIN, "V4L2_CID_GAIN");
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(GAIN_VALUE + ": " + value + " is not within 0.0 (the device's "
                    + ci.minimum() + ") to 1.0 (its " + ci.maximum() + ")");
        }
        int raw = Controls.align(ci, (int) Math.round(ci.minimum() + value * ((long) ci.maximum() - ci.minimum())));
        return new Write(GAIN_VALUE, V4l2.V4L2_CID_GAIN, Math.min(ci.maximum(), raw), String.valueOf(value));
    }

    static String mode(String requested) {
        return requested.trim().toLowerCase(Locale.ROOT);
    }

    private static String hint(String field) {
        return switch (field) {
            case EXPOSURE_TIME -> "; exposure_mode manual may be needed first";
            case GAIN_VALUE -> "; gain_mode manual may be needed first";
            default -> "";
        };
    }
}
