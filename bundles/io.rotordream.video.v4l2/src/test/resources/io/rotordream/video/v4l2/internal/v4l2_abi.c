/*
 * Prints every struct size, field offset, ioctl request and constant the Java driver hard-codes,
 * as "Class.FIELD value", computed by the C compiler from the installed kernel headers.
 * AbiLayoutTest compiles and runs it and compares each line with the Java constant of that name.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <linux/videodev2.h>

#define P(cls, name, expr) printf("%s.%s %lld\n", cls, name, (long long) (expr))
#define SIZE(name, type) P("Abi", name, sizeof(type))
#define OFF(name, type, member) P("Abi", name, offsetof(type, member))
#define V(name) P("V4l2", #name, (unsigned long) (name))
#define X(name) P("Posix", #name, name)

int main(void) {
    SIZE("CAP_SIZE", struct v4l2_capability);
    OFF("CAP_DRIVER", struct v4l2_capability, driver);
    OFF("CAP_CARD", struct v4l2_capability, card);
    OFF("CAP_BUS_INFO", struct v4l2_capability, bus_info);
    OFF("CAP_VERSION", struct v4l2_capability, version);
    OFF("CAP_CAPABILITIES", struct v4l2_capability, capabilities);
    OFF("CAP_DEVICE_CAPS", struct v4l2_capability, device_caps);

    SIZE("FMTDESC_SIZE", struct v4l2_fmtdesc);
    OFF("FMTDESC_INDEX", struct v4l2_fmtdesc, index);
    OFF("FMTDESC_TYPE", struct v4l2_fmtdesc, type);
    OFF("FMTDESC_FLAGS", struct v4l2_fmtdesc, flags);
    OFF("FMTDESC_DESCRIPTION", struct v4l2_fmtdesc, description);
    OFF("FMTDESC_PIXELFORMAT", struct v4l2_fmtdesc, pixelformat);

    SIZE("FRMSIZE_SIZE", struct v4l2_frmsizeenum);
    OFF("FRMSIZE_INDEX", struct v4l2_frmsizeenum, index);
    OFF("FRMSIZE_PIXEL_FORMAT", struct v4l2_frmsizeenum, pixel_format);
    OFF("FRMSIZE_TYPE", struct v4l2_frmsizeenum, type);
    OFF("FRMSIZE_DISCRETE_WIDTH", struct v4l2_frmsizeenum, discrete.width);
    OFF("FRMSIZE_DISCRETE_HEIGHT", struct v4l2_frmsizeenum, discrete.height);
    OFF("FRMSIZE_MIN_WIDTH", struct v4l2_frmsizeenum, stepwise.min_width);
    OFF("FRMSIZE_MAX_WIDTH", struct v4l2_frmsizeenum, stepwise.max_width);
    OFF("FRMSIZE_STEP_WIDTH", struct v4l2_frmsizeenum, stepwise.step_width);
    OFF("FRMSIZE_MIN_HEIGHT", struct v4l2_frmsizeenum, stepwise.min_height);
    OFF("FRMSIZE_MAX_HEIGHT", struct v4l2_frmsizeenum, stepwise.max_height);
    OFF("FRMSIZE_STEP_HEIGHT", struct v4l2_frmsizeenum, stepwise.step_height);

    SIZE("FRMIVAL_SIZE", struct v4l2_frmivalenum);
    OFF("FRMIVAL_INDEX", struct v4l2_frmivalenum, index);
    OFF("FRMIVAL_PIXEL_FORMAT", struct v4l2_frmivalenum, pixel_format);
    OFF("FRMIVAL_WIDTH", struct v4l2_frmivalenum, width);
    OFF("FRMIVAL_HEIGHT", struct v4l2_frmivalenum, height);
    OFF("FRMIVAL_TYPE", struct v4l2_frmivalenum, type);
    OFF("FRMIVAL_DISCRETE_NUM", struct v4l2_frmivalenum, discrete.numerator);
    OFF("FRMIVAL_DISCRETE_DEN", struct v4l2_frmivalenum, discrete.denominator);
    OFF("FRMIVAL_MIN_NUM", struct v4l2_frmivalenum, stepwise.min.numerator);
    OFF("FRMIVAL_MIN_DEN", struct v4l2_frmivalenum, stepwise.min.denominator);
    OFF("FRMIVAL_MAX_NUM", struct v4l2_frmivalenum, stepwise.max.numerator);
    OFF("FRMIVAL_MAX_DEN", struct v4l2_frmivalenum, stepwise.max.denominator);
    OFF("FRMIVAL_STEP_NUM", struct v4l2_frmivalenum, stepwise.step.numerator);
    OFF("FRMIVAL_STEP_DEN", struct v4l2_frmivalenum, stepwise.step.denominator);

    SIZE("FORMAT_SIZE", struct v4l2_format);
    OFF("FORMAT_TYPE", struct v4l2_format, type);
    OFF("FORMAT_PIX_WIDTH", struct v4l2_format, fmt.pix.width);
    OFF("FORMAT_PIX_HEIGHT", struct v4l2_format, fmt.pix.height);
    OFF("FORMAT_PIX_PIXELFORMAT", struct v4l2_format, fmt.pix.pixelformat);
    OFF("FORMAT_PIX_FIELD", struct v4l2_format, fmt.pix.field);
    OFF("FORMAT_PIX_BYTESPERLINE", struct v4l2_format, fmt.pix.bytesperline);
    OFF("FORMAT_PIX_SIZEIMAGE", struct v4l2_format, fmt.pix.sizeimage);
    OFF("FORMAT_PIX_COLORSPACE", struct v4l2_format, fmt.pix.colorspace);

    SIZE("STREAMPARM_SIZE", struct v4l2_streamparm);
    OFF("STREAMPARM_TYPE", struct v4l2_streamparm, type);
    OFF("STREAMPARM_CAPABILITY", struct v4l2_streamparm, parm.capture.capability);
    OFF("STREAMPARM_CAPTUREMODE", struct v4l2_streamparm, parm.capture.capturemode);
    OFF("STREAMPARM_TIMEPERFRAME_NUM", struct v4l2_streamparm, parm.capture.timeperframe.numerator);
    OFF("STREAMPARM_TIMEPERFRAME_DEN", struct v4l2_streamparm, parm.capture.timeperframe.denominator);

    SIZE("REQBUFS_SIZE", struct v4l2_requestbuffers);
    OFF("REQBUFS_COUNT", struct v4l2_requestbuffers, count);
    OFF("REQBUFS_TYPE", struct v4l2_requestbuffers, type);
    OFF("REQBUFS_MEMORY", struct v4l2_requestbuffers, memory);
    OFF("REQBUFS_CAPABILITIES", struct v4l2_requestbuffers, capabilities);

    SIZE("BUFFER_SIZE", struct v4l2_buffer);
    OFF("BUFFER_INDEX", struct v4l2_buffer, index);
    OFF("BUFFER_TYPE", struct v4l2_buffer, type);
    OFF("BUFFER_BYTESUSED", struct v4l2_buffer, bytesused);
    OFF("BUFFER_FLAGS", struct v4l2_buffer, flags);
    OFF("BUFFER_FIELD", struct v4l2_buffer, field);
    OFF("BUFFER_TIMESTAMP_SEC", struct v4l2_buffer, timestamp.tv_sec);
    OFF("BUFFER_TIMESTAMP_USEC", struct v4l2_buffer, timestamp.tv_usec);
    OFF("BUFFER_SEQUENCE", struct v4l2_buffer, sequence);
    OFF("BUFFER_MEMORY", struct v4l2_buffer, memory);
    OFF("BUFFER_M_OFFSET", struct v4l2_buffer, m.offset);
    OFF("BUFFER_LENGTH", struct v4l2_buffer, length);

    SIZE("QUERYCTRL_SIZE", struct v4l2_queryctrl);
    OFF("QUERYCTRL_ID", struct v4l2_queryctrl, id);
    OFF("QUERYCTRL_TYPE", struct v4l2_queryctrl, type);
    OFF("QUERYCTRL_NAME", struct v4l2_queryctrl, name);
    OFF("QUERYCTRL_MINIMUM", struct v4l2_queryctrl, minimum);
    OFF("QUERYCTRL_MAXIMUM", struct v4l2_queryctrl, maximum);
    OFF("QUERYCTRL_STEP", struct v4l2_queryctrl, step);
    OFF("QUERYCTRL_DEFAULT_VALUE", struct v4l2_queryctrl, default_value);
    OFF("QUERYCTRL_FLAGS", struct v4l2_queryctrl, flags);

    SIZE("QUERYMENU_SIZE", struct v4l2_querymenu);
    OFF("QUERYMENU_ID", struct v4l2_querymenu, id);
    OFF("QUERYMENU_INDEX", struct v4l2_querymenu, index);
    OFF("QUERYMENU_NAME", struct v4l2_querymenu, name);

    SIZE("CONTROL_SIZE", struct v4l2_control);
    OFF("CONTROL_ID", struct v4l2_control, id);
    OFF("CONTROL_VALUE", struct v4l2_control, value);

    SIZE("POLLFD_SIZE", struct pollfd);
    OFF("POLLFD_FD", struct pollfd, fd);
    OFF("POLLFD_EVENTS", struct pollfd, events);
    OFF("POLLFD_REVENTS", struct pollfd, revents);

    V(VIDIOC_QUERYCAP);
    V(VIDIOC_ENUM_FMT);
    V(VIDIOC_G_FMT);
    V(VIDIOC_S_FMT);
    V(VIDIOC_REQBUFS);
    V(VIDIOC_QUERYBUF);
    V(VIDIOC_QBUF);
    V(VIDIOC_DQBUF);
    V(VIDIOC_STREAMON);
    V(VIDIOC_STREAMOFF);
    V(VIDIOC_G_PARM);
    V(VIDIOC_S_PARM);
    V(VIDIOC_G_CTRL);
    V(VIDIOC_S_CTRL);
    V(VIDIOC_QUERYCTRL);
    V(VIDIOC_QUERYMENU);
    V(VIDIOC_ENUM_FRAMESIZES);
    V(VIDIOC_ENUM_FRAMEINTERVALS);

    V(V4L2_CAP_VIDEO_CAPTURE);
    V(V4L2_CAP_VIDEO_CAPTURE_MPLANE);
    V(V4L2_CAP_STREAMING);
    V(V4L2_CAP_DEVICE_CAPS);
    V(V4L2_CAP_TIMEPERFRAME);
    V(V4L2_BUF_TYPE_VIDEO_CAPTURE);
    V(V4L2_MEMORY_MMAP);
    V(V4L2_FIELD_ANY);
    V(V4L2_FIELD_NONE);
    V(V4L2_FRMSIZE_TYPE_DISCRETE);
    V(V4L2_FRMSIZE_TYPE_CONTINUOUS);
    V(V4L2_FRMSIZE_TYPE_STEPWISE);
    V(V4L2_FRMIVAL_TYPE_DISCRETE);
    V(V4L2_FRMIVAL_TYPE_CONTINUOUS);
    V(V4L2_FRMIVAL_TYPE_STEPWISE);
    V(V4L2_BUF_FLAG_ERROR);
    V(V4L2_BUF_FLAG_TIMESTAMP_MASK);
    V(V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC);
    V(V4L2_PIX_FMT_YUYV);
    V(V4L2_PIX_FMT_MJPEG);
    V(V4L2_PIX_FMT_NV12);
    V(V4L2_PIX_FMT_YUV420);
    V(V4L2_CTRL_TYPE_INTEGER);
    V(V4L2_CTRL_TYPE_BOOLEAN);
    V(V4L2_CTRL_TYPE_MENU);
    V(V4L2_CTRL_FLAG_DISABLED);
    V(V4L2_CTRL_FLAG_READ_ONLY);
    V(V4L2_CTRL_FLAG_INACTIVE);
    V(V4L2_CID_AUTO_WHITE_BALANCE);
    V(V4L2_CID_GAIN);
    V(V4L2_CID_AUTOGAIN);
    V(V4L2_CID_WHITE_BALANCE_TEMPERATURE);
    V(V4L2_CID_EXPOSURE_AUTO);
    V(V4L2_CID_EXPOSURE_ABSOLUTE);
    V(V4L2_CID_FOCUS_ABSOLUTE);
    V(V4L2_CID_FOCUS_AUTO);
    V(V4L2_CID_AUTO_N_PRESET_WHITE_BALANCE);
    V(V4L2_EXPOSURE_AUTO);
    V(V4L2_EXPOSURE_MANUAL);
    V(V4L2_EXPOSURE_SHUTTER_PRIORITY);
    V(V4L2_EXPOSURE_APERTURE_PRIORITY);
    V(V4L2_WHITE_BALANCE_MANUAL);
    V(V4L2_WHITE_BALANCE_AUTO);
    V(V4L2_WHITE_BALANCE_INCANDESCENT);
    V(V4L2_WHITE_BALANCE_FLUORESCENT);
    V(V4L2_WHITE_BALANCE_DAYLIGHT);
    V(V4L2_WHITE_BALANCE_CLOUDY);

    X(O_RDWR);
    X(O_NONBLOCK);
    X(O_CLOEXEC);
    X(PROT_READ);
    X(PROT_WRITE);
    X(MAP_SHARED);
    X(POLLIN);
    X(POLLPRI);
    X(POLLERR);
    X(POLLHUP);
    X(POLLNVAL);
    X(ENOENT);
    X(EINTR);
    X(EIO);
    X(EAGAIN);
    X(EACCES);
    X(EBUSY);
    X(ENODEV);
    X(EINVAL);
    X(ENOTTY);
    X(ERANGE);
    return 0;
}
