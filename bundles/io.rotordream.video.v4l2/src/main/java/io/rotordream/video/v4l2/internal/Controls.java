package io.rotordream.video.v4l2.internal;

import io.rotordream.video.v4l2.internal.VideoDevice.ControlInfo;

/** Control lookups on one open device, for ControlMapper and its helpers. */
final class Controls {
    private final VideoDevice device;

    Controls(VideoDevice device) {
        this.device = device;
    }

    /** @return the control, or {@code null} when the device lacks it or marks it disabled */
    ControlInfo find(int cid) throws V4l2Exception {
        ControlInfo ci = device.queryControl(cid);
        return ci == null || (ci.flags() & V4l2.V4L2_CTRL_FLAG_DISABLED) != 0 ? null : ci;
    }

    ControlInfo require(String field, int cid, String name) throws V4l2Exception {
        ControlInfo ci = find(cid);
        if (ci == null) {
            throw new IllegalArgumentException(field + ": the device has no " + name + " control");
        }
        if ((ci.flags() & V4l2.V4L2_CTRL_FLAG_READ_ONLY) != 0) {
            throw new IllegalArgumentException(field + ": " + name + " is read-only on this device");
        }
        return ci;
    }

    /** The current value, or {@code null} when the control is missing or cannot be read. */
    Integer value(int cid) throws V4l2Exception {
        if (find(cid) == null) {
            return null;
        }
        try {
            return device.getControl(cid);
        } catch (V4l2Exception e) {
            if (e.deviceGone()) {
                throw e;
            }
            return null; // UVC answers EIO or EACCES for some controls in some modes
        }
    }

    /** Within range and, for a menu, an item the device lists (VIDIOC_QUERYMENU skips the others). */
    boolean offers(ControlInfo ci, int value) throws V4l2Exception {
        if (value < ci.minimum() || value > ci.maximum()) {
            return false;
        }
        return ci.type() != V4l2.V4L2_CTRL_TYPE_MENU || device.queryMenu(ci.id(), value) != null;
    }

    /** Rounds to the control's step, counted from its minimum. */
    static int align(ControlInfo ci, int value) {
        int step = Math.max(1, ci.step());
        long steps = Math.round((value - (double) ci.minimum()) / step);
        return (int) (ci.minimum() + steps * step);
    }
}
