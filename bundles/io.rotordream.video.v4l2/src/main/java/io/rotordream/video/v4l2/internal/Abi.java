package io.rotordream.video.v4l2.internal;

/**
 * Sizes and field offsets of the linux/videodev2.h structures this driver passes to ioctl, for
 * the LP64 ABI (x86_64; arm64 lays them out the same). Every value is checked against the C
 * compiler by AbiLayoutTest, so a name here must match a line printed by v4l2_abi.c.
 */
final class Abi {
    private Abi() {
    }

    // struct v4l2_capability
    static final int CAP_SIZE = 104;
    static final int CAP_DRIVER = 0;
    static final int CAP_CARD = 16;
    static final int CAP_BUS_INFO = 48;
    static final int CAP_VERSION = 80;
    static final int CAP_CAPABILITIES = 84;
    static final int CAP_DEVICE_CAPS = 88;

    // struct v4l2_fmtdesc
    static final int FMTDESC_SIZE = 64;
    static final int FMTDESC_INDEX = 0;
    static final int FMTDESC_TYPE = 4;
    static final int FMTDESC_FLAGS = 8;
    static final int FMTDESC_DESCRIPTION = 12;
    static final int FMTDESC_PIXELFORMAT = 44;

    // struct v4l2_frmsizeenum; the discrete and stepwise members share the union at 12
    static final int FRMSIZE_SIZE = 44;
    static final int FRMSIZE_INDEX = 0;
    static final int FRMSIZE_PIXEL_FORMAT = 4;
    static final int FRMSIZE_TYPE = 8;
    static final int FRMSIZE_DISCRETE_WIDTH = 12;
    static final int FRMSIZE_DISCRETE_HEIGHT = 16;
    static final int FRMSIZE_MIN_WIDTH = 12;
    static final int FRMSIZE_MAX_WIDTH = 16;
    static final int FRMSIZE_STEP_WIDTH = 20;
    static final int FRMSIZE_MIN_HEIGHT = 24;
    static final int FRMSIZE_MAX_HEIGHT = 28;
    static final int FRMSIZE_STEP_HEIGHT = 32;

    // struct v4l2_frmivalenum; discrete and stepwise share the union at 20
    static final int FRMIVAL_SIZE = 52;
    static final int FRMIVAL_INDEX = 0;
    static final int FRMIVAL_PIXEL_FORMAT = 4;
    static final int FRMIVAL_WIDTH = 8;
    static final int FRMIVAL_HEIGHT = 12;
    static final int FRMIVAL_TYPE = 16;
    static final int FRMIVAL_DISCRETE_NUM = 20;
    static final int FRMIVAL_DISCRETE_DEN = 24;
    static final int FRMIVAL_MIN_NUM = 20;
    static final int FRMIVAL_MIN_DEN = 24;
    static final int FRMIVAL_MAX_NUM = 28;
    static final int FRMIVAL_MAX_DEN = 32;
    static final int FRMIVAL_STEP_NUM = 36;
    static final int FRMIVAL_STEP_DEN = 40;

    // struct v4l2_format with fmt.pix; the union is 8-aligned because v4l2_window holds pointers
    static final int FORMAT_SIZE = 208;
    static final int FORMAT_TYPE = 0;
    static final int FORMAT_PIX_WIDTH = 8;
    static final int FORMAT_PIX_HEIGHT = 12;
    static final int FORMAT_PIX_PIXELFORMAT = 16;
    static final int FORMAT_PIX_FIELD = 20;
    static final int FORMAT_PIX_BYTESPERLINE = 24;
    static final int FORMAT_PIX_SIZEIMAGE = 28;
    static final int FORMAT_PIX_COLORSPACE = 32;

    // struct v4l2_streamparm with parm.capture
    static final int STREAMPARM_SIZE = 204;
    static final int STREAMPARM_TYPE = 0;
    static final int STREAMPARM_CAPABILITY = 4;
    static final int STREAMPARM_CAPTUREMODE = 8;
    static final int STREAMPARM_TIMEPERFRAME_NUM = 12;
    static final int STREAMPARM_TIMEPERFRAME_DEN = 16;

    // struct v4l2_requestbuffers
    static final int REQBUFS_SIZE = 20;
    static final int REQBUFS_COUNT = 0;
    static final int REQBUFS_TYPE = 4;
    static final int REQBUFS_MEMORY = 8;
    static final int REQBUFS_CAPABILITIES = 12;

    // struct v4l2_buffer; timestamp is a 16-byte struct timeval at 24
    static final int BUFFER_SIZE = 88;
    static final int BUFFER_INDEX = 0;
    static final int BUFFER_TYPE = 4;
    static final int BUFFER_BYTESUSED = 8;
    static final int BUFFER_FLAGS = 12;
    static final int BUFFER_FIELD = 16;
    static final int BUFFER_TIMESTAMP_SEC = 24;
    static final int BUFFER_TIMESTAMP_USEC = 32;
    static final int BUFFER_SEQUENCE = 56;
    static final int BUFFER_MEMORY = 60;
    static final int BUFFER_M_OFFSET = 64;
    static final int BUFFER_LENGTH = 72;

    // struct v4l2_queryctrl
    static final int QUERYCTRL_SIZE = 68;
    static final int QUERYCTRL_ID = 0;
    static final int QUERYCTRL_TYPE = 4;
    static final int QUERYCTRL_NAME = 8;
    static final int QUERYCTRL_MINIMUM = 40;
    static final int QUERYCTRL_MAXIMUM = 44;
    static final int QUERYCTRL_STEP = 48;
    static final int QUERYCTRL_DEFAULT_VALUE = 52;
    static final int QUERYCTRL_FLAGS = 56;

    // struct v4l2_querymenu (packed)
    static final int QUERYMENU_SIZE = 44;
    static final int QUERYMENU_ID = 0;
    static final int QUERYMENU_INDEX = 4;
    static final int QUERYMENU_NAME = 8;

    // struct v4l2_control
    static final int CONTROL_SIZE = 8;
    static final int CONTROL_ID = 0;
    static final int CONTROL_VALUE = 4;

    // struct pollfd (poll.h)
    static final int POLLFD_SIZE = 8;
    static final int POLLFD_FD = 0;
    static final int POLLFD_EVENTS = 4;
    static final int POLLFD_REVENTS = 6;
}
