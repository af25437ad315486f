package io.rotordream.video.v4l2.internal;

import static io.rotordream.video.v4l2.internal.DeviceFd.fraction;
import static io.rotordream.video.v4l2.internal.DeviceFd.struct;
import static io.rotordream.video.v4l2.internal.DeviceFd.text;

import java.util.ArrayList;
import java.util.List;

import com.sun.jna.Memory;
import com.sun.jna.Native;

import io.rotordream.video.v4l2.internal.VideoDevice.Capability;
import io.rotordream.video.v4l2.internal.VideoDevice.ControlInfo;
import io.rotordream.video.v4l2.internal.VideoDevice.FormatDescription;
import io.rotordream.video.v4l2.internal.VideoDevice.FrameIntervals;
import io.rotordream.video.v4l2.internal.VideoDevice.FrameSizes;

/** The read-only and control ioctls: capability, enumerations, controls. None is on the frame path. */
final class LinuxQueries {
    private static final int CAPTURE = V4l2.V4L2_BUF_TYPE_VIDEO_CAPTURE;

    private LinuxQueries() {
    }

    static Capability querycap(DeviceFd d) throws V4l2Exception {
        Memory m = struct(Abi.CAP_SIZE);
        d.ioctl("VIDIOC_QUERYCAP", V4l2.VIDIOC_QUERYCAP, m);
        return new Capability(text(m, Abi.CAP_DRIVER, 16), text(m, Abi.CAP_CARD, 32), text(m, Abi.CAP_BUS_INFO, 32),
                m.getInt(Abi.CAP_VERSION), m.getInt(Abi.CAP_CAPABILITIES), m.getInt(Abi.CAP_DEVICE_CAPS));
    }

    static List<FormatDescription> enumFormats(DeviceFd d) throws V4l2Exception {
        List<FormatDescription> out = new ArrayList<>();
        Memory m = new Memory(Abi.FMTDESC_SIZE);
        for (int i = 0;; i++) {
            m.clear();
            m.setInt(Abi.FMTDESC_INDEX, i);
            m.setInt(Abi.FMTDESC_TYPE, CAPTURE);
            if (!d.enumerate("VIDIOC_ENUM_FMT", V4l2.VIDIOC_ENUM_FMT, m)) {
                return out;
            }
            out.add(new FormatDescription(i, m.getInt(Abi.FMTDESC_FLAGS), text(m, Abi.FMTDESC_DESCRIPTION, 32),
                    m.getInt(Abi.FMTDESC_PIXELFORMAT)));
        }
    }

    static List<FrameSizes> enumFrameSizes(DeviceFd d, int fourcc) throws V4l2Exception {
        List<FrameSizes> out = new ArrayList<>();
        Memory m = new Memory(Abi.FRMSIZE_SIZE);
        for (int i = 0;; i++) {
            m.clear();
            m.setInt(Abi.FRMSIZE_INDEX, i);
            m.setInt(Abi.FRMSIZE_PIXEL_FORMAT, fourcc);
            if (!d.enumerate("VIDIOC_ENUM_FRAMESIZES", V4l2.VIDIOC_ENUM_FRAMESIZES, m)) {
                return out;
            }
            int type = m.getInt(Abi.FRMSIZE_TYPE);
            if (type == V4l2.V4L2_FRMSIZE_TYPE_DISCRETE) {
                out.add(FrameSizes.discrete(m.getInt(Abi.FRMSIZE_DISCRETE_WIDTH), m.getInt(Abi.FRMSIZE_DISCRETE_HEIGHT)));
                continue;
            }
            // videodev2.h: a stepwise or continuous range is the only entry, at index 0
            out.add(new FrameSizes(type, m.getInt(Abi.FRMSIZE_MIN_WIDTH), m.getInt(Abi.FRMSIZE_MAX_WIDTH),
                    m.getInt(Abi.FRMSIZE_STEP_WIDTH), m.getInt(Abi.FRMSIZE_MIN_HEIGHT), m.getInt(Abi.FRMSIZE_MAX_HEIGHT),
                    m.getInt(Abi.FRMSIZE_STEP_HEIGHT)));
            return out;
        }
    }

    static List<FrameIntervals> enumFrameIntervals(DeviceFd d, int fourcc, int width, int height)
            throws V4l2Exception {
        List<FrameIntervals> out = new ArrayList<>();
        Memory m = new Memory(Abi.FRMIVAL_SIZE);
        for (int i = 0;; i++) {
            m.clear();
            m.setInt(Abi.FRMIVAL_INDEX, i);
            m.setInt(Abi.FRMIVAL_PIXEL_FORMAT, fourcc);
            m.setInt(Abi.FRMIVAL_WIDTH, width);
            m.setInt(Abi.FRMIVAL_HEIGHT, height);
            if (d.xioctl(V4l2.VIDIOC_ENUM_FRAMEINTERVALS, m) != 0) {
                int errno = Native.getLastError();
                if (errno == Posix.EINVAL || errno == Posix.ENOTTY) {
                    return out; // ENOTTY: the driver does not enumerate intervals at all
                }
                throw d.error("VIDIOC_ENUM_FRAMEINTERVALS");
            }
            int type = m.getInt(Abi.FRMIVAL_TYPE);
            if (type == V4l2.V4L2_FRMIVAL_TYPE_DISCRETE) {
                out.add(FrameIntervals.discrete(fraction(m, Abi.FRMIVAL_DISCRETE_NUM, Abi.FRMIVAL_DISCRETE_DEN)));
                continue;
            }
            out.add(new FrameIntervals(type, fraction(m, Abi.FRMIVAL_MIN_NUM, Abi.FRMIVAL_MIN_DEN),
                    fraction(m, Abi.FRMIVAL_MAX_NUM, Abi.FRMIVAL_MAX_DEN),
                    fraction(m, Abi.FRMIVAL_STEP_NUM, Abi.FRMIVAL_STEP_DEN)));
            return out;
        }
    }

    static ControlInfo queryControl(DeviceFd d, int id) throws V4l2Exception {
        Memory m = struct(Abi.QUERYCTRL_SIZE);
        m.setInt(Abi.QUERYCTRL_ID, id);
        if (!d.enumerate("VIDIOC_QUERYCTRL", V4l2.VIDIOC_QUERYCTRL, m)) {
            return null;
        }
        return new ControlInfo(m.getInt(Abi.QUERYCTRL_ID), m.getInt(Abi.QUERYCTRL_TYPE), text(m, Abi.QUERYCTRL_NAME, 32),
                m.getInt(Abi.QUERYCTRL_MINIMUM), m.getInt(Abi.QUERYCTRL_MAXIMUM), m.getInt(Abi.QUERYCTRL_STEP),
                m.getInt(Abi.QUERYCTRL_DEFAULT_VALUE), m.getInt(Abi.QUERYCTRL_FLAGS));
    }

    static String queryMenu(DeviceFd d, int id, int index) throws V4l2Exception {
        Memory m = struct(Abi.QUERYMENU_SIZE);
        m.setInt(Abi.QUERYMENU_ID, id);
        m.setInt(Abi.QUERYMENU_INDEX, index);
        return d.enumerate("VIDIOC_QUERYMENU", V4l2.VIDIOC_QUERYMENU, m) ? text(m, Abi.QUERYMENU_NAME, 32) : null;
    }

    static int getControl(DeviceFd d, int id) throws V4l2Exception {
        Memory m = struct(Abi.CONTROL_SIZE);
        m.setInt(Abi.CONTROL_ID, id);
        d.ioctl("VIDIOC_G_CTRL", V4l2.VIDIOC_G_CTRL, m);
        return m.getInt(Abi.CONTROL_VALUE);
    }

    static void setControl(DeviceFd d, int id, int value) throws V4l2Exception {
        Memory m = struct(Abi.CONTROL_SIZE);
        m.setInt(Abi.CONTROL_ID, id);
        m.setInt(Abi.CONTROL_VALUE, value);
        d.ioctl("VIDIOC_S_CTRL", V4l2.VIDIOC_S_CTRL, m);
    }
}
