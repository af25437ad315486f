package io.rotordream.video.v4l2.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.rotordream.video.v4l2.internal.VideoDevice.ControlInfo;

/** The controls of a FakeCamera, checked as v4l2-ctrls and uvcvideo check them. Guarded by the camera's lock. */
final class FakeControls {

    static final class Control {
        final ControlInfo info;
        final Set<Integer> menu;
        int value;

        Control(ControlInfo info, Set<Integer> menu) {
            this.info = info;
            this.menu = menu;
            this.value = info.defaultValue();
        }
    }

    private final Map<Integer, Control> controls = new LinkedHashMap<>();

    void menu(int id, String name, int min, int max, int def, Set<Integer> items) {
        controls.put(id, new Control(new ControlInfo(id, V4l2.V4L2_CTRL_TYPE_MENU, name, min, max, 1, def, 0), items));
    }

    void integer(int id, String name, int min, int max, int step, int def) {
        controls.put(id, new Control(new ControlInfo(id, V4l2.V4L2_CTRL_TYPE_INTEGER, name, min, max, step, def, 0), null));
    }

    void bool(int id, String name, int def) {
        controls.put(id, new Control(new ControlInfo(id, V4l2.V4L2_CTRL_TYPE_BOOLEAN, name, 0, 1, 1, def, 0), null));
    }

    void remove(int id) {
        controls.remove(id);
    }

    void resetToDefaults() {
        controls.values().forEach(c -> c.value = c.info.defaultValue());
    }

    Control get(int id) {
        return controls.get(id);
    }

    ControlInfo query(int id) {
        Control c = controls.get(id);
        return c == null ? null : c.info;
    }

    String menuItem(int id, int index) throws V4l2Exception {
        Control c = controls.get(id);
        if (c == null || c.menu == null) {
            throw new V4l2Exception("VIDIOC_QUERYMENU", Posix.EINVAL, "Invalid argument");
        }
        return c.menu.contains(index) ? "item " + index : null;
    }

    int value(int id) throws V4l2Exception {
        return existing(id).value;
    }

    /** Range and menu checks as v4l2-ctrls does; a value under an automatic master is refused like UVC. */
    void set(int id, int value) throws V4l2Exception {
        Control c = existing(id);
        if (value < c.info.minimum() || value > c.info.maximum()) {
            throw new V4l2Exception("VIDIOC_S_CTRL", Posix.ERANGE, "Numerical result out of range");
        }
        if (c.menu != null && !c.menu.contains(value)) {
            throw new V4l2Exception("VIDIOC_S_CTRL", Posix.EINVAL, "Invalid argument");
        }
        if (inactive(id)) {
            throw new V4l2Exception("VIDIOC_S_CTRL", Posix.EACCES, "Permission denied");
        }
        c.value = value;
    }

    private boolean inactive(int id) {
        return (id == V4l2.V4L2_CID_EXPOSURE_ABSOLUTE && valueOf(V4l2.V4L2_CID_EXPOSURE_AUTO) != V4l2.V4L2_EXPOSURE_MANUAL)
                || (id == V4l2.V4L2_CID_GAIN && valueOf(V4l2.V4L2_CID_AUTOGAIN) == 1)
                || (id == V4l2.V4L2_CID_WHITE_BALANCE_TEMPERATURE && valueOf(V4l2.V4L2_CID_AUTO_WHITE_BALANCE) == 1)
                || (id == V4l2.V4L2_CID_FOCUS_ABSOLUTE && valueOf(V4l2.V4L2_CID_FOCUS_AUTO) == 1);
    }

    private int valueOf(int id) {
        Control c = controls.get(id);
        return c == null ? -1 : c.value;
    }

    private Control existing(int id) throws V4l2Exception {
        Control c = controls.get(id);
        if (c == null) {
            throw new V4l2Exception("VIDIOC_G_CTRL", Posix.EINVAL, "Invalid argument");
        }
        return c;
    }
}
