package io.rotordream.video.v4l2.internal;

/**
 * The linux/videodev2.h and linux/v4l2-controls.h values this driver uses; AbiLayoutTest checks
 * each one against the installed headers.
 */
final class V4l2 {
    private V4l2() {
    }

    // ioctl requests, built like the header's _IOR/_IOW/_IOWR('V', nr, type)
    static final long VIDIOC_QUERYCAP = Ioc.ior('V', 0, Abi.CAP_SIZE);
    static final long VIDIOC_ENUM_FMT = Ioc.iowr('V', 2, Abi.FMTDESC_SIZE);
    static final long VIDIOC_G_FMT = Ioc.iowr('V', 4, Abi.FORMAT_SIZE);
    static final long VIDIOC_S_FMT = Ioc.iowr('V', 5, Abi.FORMAT_SIZE);
    static final long VIDIOC_REQBUFS = Ioc.iowr('V', 8, Abi.REQBUFS_SIZE);
    static final long VIDIOC_QUERYBUF = Ioc.iowr('V', 9, Abi.BUFFER_SIZE);
    static final long VIDIOC_QBUF = Ioc.iowr('V', 15, Abi.BUFFER_SIZE);
    static final long VIDIOC_DQBUF = Ioc.iowr('V', 17, Abi.BUFFER_SIZE);
    static final long VIDIOC_STREAMON = Ioc.iow('V', 18, Integer.BYTES);
    static final long VIDIOC_STREAMOFF = Ioc.iow('V', 19, Integer.BYTES);
    static final long VIDIOC_G_PARM = Ioc.iowr('V', 21, Abi.STREAMPARM_SIZE);
    static final long VIDIOC_S_PARM = Ioc.iowr('V', 22, Abi.STREAMPARM_SIZE);
    static final long VIDIOC_G_CTRL = Ioc.iowr('V', 27, Abi.CONTROL_SIZE);
    static final long VIDIOC_S_CTRL = Ioc.iowr('V', 28, Abi.CONTROL_SIZE);
    static final long VIDIOC_QUERYCTRL = Ioc.iowr('V', 36, Abi.QUERYCTRL_SIZE);
    static final long VIDIOC_QUERYMENU = Ioc.iowr('V', 37, Abi.QUERYMENU_SIZE);
    static final long VIDIOC_ENUM_FRAMESIZES = Ioc.iowr('V', 74, Abi.FRMSIZE_SIZE);
    static final long VIDIOC_ENUM_FRAMEINTERVALS = Ioc.iowr('V', 75, Abi.FRMIVAL_SIZE);

    // capabilities
    static final int V4L2_CAP_VIDEO_CAPTURE = 0x00000001;
    static final int V4L2_CAP_VIDEO_CAPTURE_MPLANE = 0x00001000;
    static final int V4L2_CAP_STREAMING = 0x04000000;
    static final int V4L2_CAP_DEVICE_CAPS = 0x80000000;
    static final int V4L2_CAP_TIMEPERFRAME = 0x1000;

    static final int V4L2_BUF_TYPE_VIDEO_CAPTURE = 1;
    static final int V4L2_MEMORY_MMAP = 1;
    static final int V4L2_FIELD_ANY = 0;
    static final int V4L2_FIELD_NONE = 1;

    // enum v4l2_frmsizetypes and v4l2_frmivaltypes share these values
    static final int V4L2_FRMSIZE_TYPE_DISCRETE = 1;
    static final int V4L2_FRMSIZE_TYPE_CONTINUOUS = 2;
    static final int V4L2_FRMSIZE_TYPE_STEPWISE = 3;
    static final int V4L2_FRMIVAL_TYPE_DISCRETE = 1;
    static final int V4L2_FRMIVAL_TYPE_CONTINUOUS = 2;
    static final int V4L2_FRMIVAL_TYPE_STEPWISE = 3;

    static final int V4L2_BUF_FLAG_ERROR = 0x00000040;
    static final int V4L2_BUF_FLAG_TIMESTAMP_MASK = 0x0000e000;
    static final int V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC = 0x00002000;

    static final int V4L2_PIX_FMT_YUYV = fourcc('Y', 'U', 'Y', 'V');
    static final int V4L2_PIX_FMT_MJPEG = fourcc('M', 'J', 'P', 'G');
    static final int V4L2_PIX_FMT_NV12 = fourcc('N', 'V', '1', '2');
    static final int V4L2_PIX_FMT_YUV420 = fourcc('Y', 'U', '1', '2');

    // controls
    static final int V4L2_CTRL_TYPE_INTEGER = 1;
    static final int V4L2_CTRL_TYPE_BOOLEAN = 2;
    static final int V4L2_CTRL_TYPE_MENU = 3;
    static final int V4L2_CTRL_FLAG_DISABLED = 0x0001;
    static final int V4L2_CTRL_FLAG_READ_ONLY = 0x0004;
    static final int V4L2_CTRL_FLAG_INACTIVE = 0x0010;

    static final int V4L2_CID_AUTO_WHITE_BALANCE = 0x0098090c;
    static final int V4L2_CID_GAIN = 0x00980913;
    static final int V4L2_CID_AUTOGAIN = 0x00980912;
    static final int V4L2_CID_WHITE_BALANCE_TEMPERATURE = 0x0098091a;
    static final int V4L2_CID_EXPOSURE_AUTO = 0x009a0901;
    static final int V4L2_CID_EXPOSURE_ABSOLUTE = 0x009a0902;
    static final int V4L2_CID_FOCUS_ABSOLUTE = 0x009a090a;
    static final int V4L2_CID_FOCUS_AUTO = 0x009a090c;
    static final int V4L2_CID_AUTO_N_PRESET_WHITE_BALANCE = 0x009a0914;

    // enum v4l2_exposure_auto_type
    static final int V4L2_EXPOSURE_AUTO = 0;
    static final int V4L2_EXPOSURE_MANUAL = 1;
    static final int V4L2_EXPOSURE_SHUTTER_PRIORITY = 2;
    static final int V4L2_EXPOSURE_APERTURE_PRIORITY = 3;

    // enum v4l2_auto_n_preset_white_balance
    static final int V4L2_WHITE_BALANCE_MANUAL = 0;
    static final int V4L2_WHITE_BALANCE_AUTO = 1;
    static final int V4L2_WHITE_BALANCE_INCANDESCENT = 2;
    static final int V4L2_WHITE_BALANCE_FLUORESCENT = 3;
    static final int V4L2_WHITE_BALANCE_DAYLIGHT = 6;
    static final int V4L2_WHITE_BALANCE_CLOUDY = 8;

    /** {@code v4l2_fourcc}: four characters, the first in the low byte. */
    static int fourcc(char a, char b, char c, char d) {
        return a | (b << 8) | (c << 16) | (d << 24);
    }

    static String fourccName(int fourcc) {
        char[] c = new char[4];
        for (int i = 0; i < 4; i++) {
            int ch = (fourcc >>> (8 * i)) & 0xff;
            c[i] = ch >= 0x20 && ch < 0x7f ? (char) ch : '?';
        }
        return new String(c);
    }
}
