package io.rotordream.video.v4l2.internal;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * One open V4L2 node (single-planar video capture, mmap streaming): the ioctls this driver makes,
 * in Java types. {@link #queue} may be called from any thread (a consumer releasing a frame);
 * {@link #poll} and {@link #dequeue} only from the capture thread; the rest while not capturing.
 */
public interface VideoDevice extends AutoCloseable {

    /** VIDIOC_QUERYCAP. */
    record Capability(String driver, String card, String busInfo, int version, int capabilities, int deviceCaps) {

        /** The node's own capabilities: device_caps when V4L2_CAP_DEVICE_CAPS says it is filled. */
        public int nodeCaps() {
            return (capabilities & V4l2.V4L2_CAP_DEVICE_CAPS) != 0 ? deviceCaps : capabilities;
        }
    }

    /** VIDIOC_ENUM_FMT. */
    record FormatDescription(int index, int flags, String description, int fourcc) {
    }

    /** VIDIOC_ENUM_FRAMESIZES: for DISCRETE min == max and steps are 0; CONTINUOUS has steps of 1. */
    record FrameSizes(int type, int minWidth, int maxWidth, int stepWidth, int minHeight, int maxHeight,
            int stepHeight) {

        static FrameSizes discrete(int width, int height) {
            return new FrameSizes(V4l2.V4L2_FRMSIZE_TYPE_DISCRETE, width, width, 0, height, height, 0);
        }

        boolean isDiscrete() {
            return type == V4l2.V4L2_FRMSIZE_TYPE_DISCRETE;
        }

        boolean contains(int width, int height) {
            return fits(width, minWidth, maxWidth, stepWidth) && fits(height, minHeight, maxHeight, stepHeight);
        }

        private static boolean fits(int v, int min, int max, int step) {
            return v >= min && v <= max && (step <= 1 || (v - min) % step == 0);
        }
    }

    /** A time per frame in seconds, as V4L2 gives it (the inverse of a frame rate). */
    record Fraction(int numerator, int denominator) {

        double seconds() {
            return (double) numerator / denominator;
        }

        double fps() {
            return (double) denominator / numerator;
        }
    }

    /** VIDIOC_ENUM_FRAMEINTERVALS: for DISCRETE min == max and step is null. */
    record FrameIntervals(int type, Fraction min, Fraction max, Fraction step) {

        static FrameIntervals discrete(Fraction interval) {
            return new FrameIntervals(V4l2.V4L2_FRMIVAL_TYPE_DISCRETE, interval, interval, null);
        }

        boolean isDiscrete() {
            return type == V4l2.V4L2_FRMIVAL_TYPE_DISCRETE;
        }
    }

    /** struct v4l2_pix_format, the fields this driver reads. */
    record PixFormat(int width, int height, int fourcc, int field, int bytesPerLine, int sizeImage) {
    }

    /** VIDIOC_QUERYCTRL. */
    record ControlInfo(int id, int type, String name, int minimum, int maximum, int step, int defaultValue,
            int flags) {
    }

    /** What VIDIOC_DQBUF returned; one instance is reused for every frame. */
    final class Dequeued {
        public int index;
        public int bytesUsed;
        public int flags;
        /** struct v4l2_buffer.sequence, an unsigned 32-bit count. */
        public long sequence;
        /** The timestamp in nanoseconds (timeval, so whole microseconds). */
        public long timestampNanos;
    }

    String path();

    Capability querycap() throws V4l2Exception;

    List<FormatDescription> enumFormats() throws V4l2Exception;

    List<FrameSizes> enumFrameSizes(int fourcc) throws V4l2Exception;

    /** Empty when the driver does not enumerate intervals for this size. */
    List<FrameIntervals> enumFrameIntervals(int fourcc, int width, int height) throws V4l2Exception;

    PixFormat getFormat() throws V4l2Exception;

    /** VIDIOC_S_FMT; returns what the driver chose, which may differ from what was asked. */
    PixFormat setFormat(PixFormat format) throws V4l2Exception;

    /**
     * VIDIOC_S_PARM with timeperframe.
     *
     * @return the time per frame the driver chose, or {@code null} when it has no V4L2_CAP_TIMEPERFRAME
     */
    Fraction setFrameInterval(Fraction timePerFrame) throws V4l2Exception;

    /** VIDIOC_REQBUFS with V4L2_MEMORY_MMAP; returns the count granted (0 frees them). */
    int requestBuffers(int count) throws V4l2Exception;

    /** VIDIOC_QUERYBUF and mmap: the buffer's whole length as direct memory. */
    ByteBuffer mapBuffer(int index) throws V4l2Exception;

    /** munmap every mapped buffer; the fd need not be open. Idempotent. */
    void unmapBuffers();

    /** VIDIOC_QBUF, no allocation. */
    void queue(int index) throws V4l2Exception;

    /** VIDIOC_DQBUF into {@code into}, no allocation; {@code false} when none is ready (EAGAIN). */
    boolean dequeue(Dequeued into) throws V4l2Exception;

    void streamOn() throws V4l2Exception;

    void streamOff() throws V4l2Exception;

    /** poll(2) for a filled buffer; returns revents (POLLIN, POLLERR, POLLHUP), 0 on timeout. */
    int poll(int timeoutMs) throws V4l2Exception;

    /** @return {@code null} when the device has no such control (EINVAL) */
    ControlInfo queryControl(int id) throws V4l2Exception;

    /** @return the item's name, or {@code null} when the device skips this menu index (EINVAL) */
    String queryMenu(int id, int index) throws V4l2Exception;

    int getControl(int id) throws V4l2Exception;

    void setControl(int id, int value) throws V4l2Exception;

    /** Closes the fd; mappings stay valid until {@link #unmapBuffers()}. Idempotent. */
    @Override
    void close();
}
