package io.rotordream.video.v4l2.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.v4l2.internal.VideoDevice.Fraction;
import io.rotordream.video.v4l2.internal.VideoDevice.PixFormat;

/**
 * One streaming run of a device: the fd, its mmap buffers and their frames, from STREAMON to
 * close. Buffers lent to consumers stay mapped after the run stops and are unmapped when the last
 * comes back, so a late reader never touches unmapped memory.
 */
final class CaptureSession implements MappedFrame.Owner {
    private static final Logger LOG = LoggerFactory.getLogger(CaptureSession.class);

    final VideoDevice device;
    final FrameFormat format;
    final VideoDevice.Dequeued dequeued = new VideoDevice.Dequeued();
    private MappedFrame[] frames = new MappedFrame[0];
    private final AtomicInteger lent = new AtomicInteger();
    private boolean streaming;
    private boolean closed;

    private CaptureSession(VideoDevice device, FrameFormat format) {
        this.device = device;
        this.format = format;
    }

    /**
     * S_FMT, S_PARM, REQBUFS, QUERYBUF + mmap, QBUF each, STREAMON.
     *
     * @param timePerFrame as {@link DeviceModes#select} chose it
     */
    static CaptureSession open(DeviceOpener opener, String path, FrameFormat f, Fraction timePerFrame,
            int bufferCount) throws V4l2Exception {
        VideoDevice d = opener.open(path);
        CaptureSession s = null;
        try {
            PixFormat got = d.setFormat(new PixFormat(f.width, f.height, f.pixelFormat.fourcc(), V4l2.V4L2_FIELD_NONE, 0, 0));
            if (got.fourcc() != f.pixelFormat.fourcc() || got.width() != f.width || got.height() != f.height) {
                throw new V4l2Exception("VIDIOC_S_FMT on " + path, Posix.EINVAL, "the driver chose "
                        + V4l2.fourccName(got.fourcc()) + " " + got.width() + "x" + got.height() + " for " + f);
            }
            s = new CaptureSession(d, negotiatedRate(path, f, d.setFrameInterval(timePerFrame)));
            int n = d.requestBuffers(bufferCount);
            if (n < 2) {
                throw new V4l2Exception("VIDIOC_REQBUFS on " + path, Posix.EINVAL,
                        "the driver granted " + n + " buffers; capture needs at least 2");
            }
            PlaneLayout layout = PlaneLayout.of(f.pixelFormat, got.bytesPerLine(), f.width, f.height);
            MappedFrame[] fs = new MappedFrame[n];
            for (int i = 0; i < n; i++) {
                fs[i] = new MappedFrame(s, i, d.mapBuffer(i), s.format, layout);
            }
            s.frames = fs;
            for (int i = 0; i < n; i++) {
                d.queue(i);
            }
            d.streamOn();
            synchronized (s) {
                s.streaming = true;
            }
            return s;
        } catch (V4l2Exception | RuntimeException e) {
            d.unmapBuffers();
            quietly(() -> d.requestBuffers(0));
            d.close();
            throw e;
        }
    }

    private static FrameFormat negotiatedRate(String path, FrameFormat f, Fraction actual) {
        if (actual == null || actual.numerator() <= 0 || actual.denominator() <= 0
                || Math.abs(actual.fps() - f.fps()) < 0.01) {
            return f;
        }
        LOG.warn("{} runs at {} fps, not the {} asked for", path, Math.round(actual.fps() * 1000) / 1000.0, f.fps());
        return f.withRate(actual.denominator(), actual.numerator());
    }

    MappedFrame frame(int index) {
        return frames[index];
    }

    int bufferCount() {
        return frames.length;
    }

    /** Buffers the driver can fill now. */
    int queuedCount() {
        return frames.length - lent.get();
    }

    /** Frames consumers still hold. */
    int lentCount() {
        return lent.get();
    }

    /** Capture thread, after DQBUF, before the frame goes to the sink. */
    void markLent() {
        lent.incrementAndGet();
    }

    /** Capture thread: gives back a buffer that was not lent (error flag, empty). */
    void requeueUnlent(int index) {
        synchronized (this) {
            if (!closed) {
                try {
                    device.queue(index);
                } catch (V4l2Exception e) {
                    LOG.debug("re-queuing buffer {} failed: {}", index, e.getMessage());
                }
            }
        }
    }

    /** The last release of a frame, on the consumer's thread; an uncontended monitor, no allocation. */
    @Override
    public void returned(int index) {
        synchronized (this) {
            int stillLent = lent.decrementAndGet();
            if (!closed) {
                try {
                    device.queue(index);
                } catch (V4l2Exception e) {
                    // the capture thread sees the same failure on its next DQBUF and acts on it
                    LOG.debug("re-queuing buffer {} failed: {}", index, e.getMessage());
                }
            } else if (stillLent == 0) {
                device.unmapBuffers();
            }
        }
    }

    /**
     * From another thread: STREAMOFF makes the capture thread's poll return at once (vb2 wakes
     * its waiters and reports EPOLLERR when not streaming).
     */
    synchronized void wake() {
        if (!closed && streaming) {
            streaming = false;
            quietly(device::streamOff);
        }
    }

    /**
     * Capture thread, once it stopped polling: STREAMOFF, REQBUFS(0) and close. With frames still
     * lent the mappings stay; REQBUFS(0) then orphans the buffers (V4L2_BUF_CAP_SUPPORTS_ORPHANED_BUFS)
     * so the device can be opened again before they come back.
     */
    synchronized void shutdown() {
        if (closed) {
            return;
        }
        closed = true;
        if (streaming) {
            streaming = false;
            quietly(device::streamOff);
        }
        if (lent.get() == 0) {
            device.unmapBuffers();
        }
        quietly(() -> device.requestBuffers(0));
        device.close();
    }

    private interface Call {
        void run() throws V4l2Exception;
    }

    private static void quietly(Call c) {
        try {
            c.run();
        } catch (V4l2Exception e) {
            LOG.debug("ignored while stopping: {}", e.getMessage());
        }
    }
}
