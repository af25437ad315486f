package io.rotordream.video.v4l2.internal;

import java.util.ArrayList;
import java.util.List;

import io.rotordream.video.v4l2.internal.ControlMapper.Write;
import io.rotordream.video.v4l2.internal.VideoDevice.ControlInfo;

/**
 * focus_mode: continuous and auto turn V4L2_CID_FOCUS_AUTO on (UVC autofocus is continuous);
 * manual turns it off and keeps the lens where it is; fixed turns it off and drives
 * V4L2_CID_FOCUS_ABSOLUTE to its minimum, the far end (ext-ctrls-camera.rst: lower is towards
 * infinity). A device with no focus control has a fixed-focus lens: fixed is accepted, nothing else.
 */
final class Focus {
    private static final String FIELD = ControlMapper.FOCUS_MODE;

    private Focus() {
    }

    static List<Write> writes(Controls controls, String requested) throws V4l2Exception {
        String m = ControlMapper.mode(requested);
        if (!List.of("continuous", "auto", "manual", "fixed").contains(m)) {
            throw new IllegalArgumentException(FIELD + ": '" + requested + "' is not one of continuous, auto, manual, fixed");
        }
        ControlInfo auto = controls.find(V4l2.V4L2_CID_FOCUS_AUTO);
        ControlInfo absolute = controls.find(V4l2.V4L2_CID_FOCUS_ABSOLUTE);
        if (auto == null && absolute == null) {
            if (m.equals("fixed")) {
                return List.of();
            }
            throw new IllegalArgumentException(FIELD + ": the device has no V4L2_CID_FOCUS_AUTO or "
                    + "V4L2_CID_FOCUS_ABSOLUTE control (its focus is fixed)");
        }
        List<Write> out = new ArrayList<>();
        switch (m) {
            case "continuous", "auto" -> {
                controls.require(FIELD, V4l2.V4L2_CID_FOCUS_AUTO, "V4L2_CID_FOCUS_AUTO");
                out.add(new Write(FIELD, V4l2.V4L2_CID_FOCUS_AUTO, 1, m));
            }
            case "manual" -> {
                if (auto != null) {
                    controls.require(FIELD, V4l2.V4L2_CID_FOCUS_AUTO, "V4L2_CID_FOCUS_AUTO");
                    out.add(new Write(FIELD, V4l2.V4L2_CID_FOCUS_AUTO, 0, m));
                }
            }
            default -> {
                if (auto != null) {
                    controls.require(FIELD, V4l2.V4L2_CID_FOCUS_AUTO, "V4L2_CID_FOCUS_AUTO");
                    out.add(new Write(FIELD, V4l2.V4L2_CID_FOCUS_AUTO, 0, m));
                }
                ControlInfo a = controls.require(FIELD, V4l2.V4L2_CID_FOCUS_ABSOLUTE, "V4L2_CID_FOCUS_ABSOLUTE");
                out.add(new Write(FIELD, V4l2.V4L2_CID_FOCUS_ABSOLUTE, a.minimum(), "fixed at the far end"));
            }
        }
        return out;
    }

    static String read(Controls controls, String desired) throws V4l2Exception {
        ControlInfo absolute = controls.find(V4l2.V4L2_CID_FOCUS_ABSOLUTE);
        Integer auto = controls.value(V4l2.V4L2_CID_FOCUS_AUTO);
        if (auto == null && absolute == null) {
            return "fixed";
        }
        String d = desired == null ? "" : ControlMapper.mode(desired);
        if (auto != null && auto != 0) {
            return d.equals("auto") ? "auto" : "continuous";
        }
        Integer position = controls.value(V4l2.V4L2_CID_FOCUS_ABSOLUTE);
        if (d.equals("fixed") && position != null && position == absolute.minimum()) {
            return "fixed";
        }
        return "manual";
    }
}
