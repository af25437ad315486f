package io.rotordream.video.v4l2.internal;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.rotordream.video.v4l2.internal.VideoDevice.FormatDescription;
import io.rotordream.video.v4l2.internal.VideoDevice.Fraction;
import io.rotordream.video.v4l2.internal.VideoDevice.FrameIntervals;
import io.rotordream.video.v4l2.internal.VideoDevice.FrameSizes;
import io.rotordream.video.v4l2.internal.VideoDevice.PixFormat;

/**
 * A recorded UVC camera behaving like vb2 behind the kernel: one queue owned by the handle that
 * called REQBUFS, buffers queued/done/dequeued, poll reporting EPOLLERR when not streaming and
 * EPOLLERR|EPOLLHUP once unplugged, ENODEV on every call of a handle opened before an unplug,
 * ENOENT on open while unplugged. The sensor does not run by itself: tests emit frames.
 */
final class FakeCamera {
    static final long TIMESTAMP_BASE_NANOS = 5_000_000_000_000L;
    /** UVC counts frame intervals in 100 ns units. */
    static final Fraction FPS30 = new Fraction(333333, 10_000_000);
    static final Fraction FPS15 = new Fraction(666666, 10_000_000);
    static final Fraction FPS10 = new Fraction(1_000_000, 10_000_000);
    static final Fraction FPS5 = new Fraction(2_000_000, 10_000_000);

    final String path;
    final ReentrantLock lock = new ReentrantLock();
    final Condition changed = lock.newCondition();
    final List<FormatDescription> formats = new ArrayList<>();
    final Map<Integer, List<FrameSizes>> sizes = new LinkedHashMap<>();
    /** Intervals by "fourcc:WxH"; for stepwise sizes under "fourcc:*". */
    final Map<String, List<FrameIntervals>> intervals = new HashMap<>();
    final FakeControls controls = new FakeControls();
    int capabilities = V4l2.V4L2_CAP_VIDEO_CAPTURE | V4l2.V4L2_CAP_STREAMING | V4l2.V4L2_CAP_DEVICE_CAPS;
    int deviceCaps = V4l2.V4L2_CAP_VIDEO_CAPTURE | V4l2.V4L2_CAP_STREAMING;
    int bytesPerLineAlign = 1;

    // kernel-side state, guarded by lock
    boolean present = true;
    int generation;
    FakeVideoDevice owner;
    PixFormat format;
    Fraction interval = FPS30;
    ByteBuffer[] buffers = new ByteBuffer[0];
    final ArrayDeque<Integer> queued = new ArrayDeque<>();
    final ArrayDeque<Integer> done = new ArrayDeque<>();
    int[] bytesUsed = new int[0];
    long[] sequences = new long[0];
    int[] flags = new int[0];
    boolean streaming;
    long sensorSequence;
    boolean corruptNext;

    // what tests look at
    int opens;
    int openAttempts;
    int openHandles;
    int streamOns;
    int queueCalls;
    int dequeueCalls;
    int lost;
    int unmapped;
    int emitted;

    private FakeCamera(String path) {
        this.path = path;
    }

    /** A typical UVC webcam: YUYV and MJPEG at several sizes and rates, NV12 at one, the seed's controls. */
    static FakeCamera uvc(String path) {
        FakeCamera c = new FakeCamera(path);
        c.discrete(V4l2.V4L2_PIX_FMT_YUYV, "YUYV 4:2:2", new int[][] { { 640, 480 }, { 1280, 720 }, { 320, 240 } },
                List.of(List.of(FPS30, FPS15), List.of(FPS10, FPS5), List.of(FPS30, FPS15)));
        c.discrete(V4l2.V4L2_PIX_FMT_MJPEG, "Motion-JPEG", new int[][] { { 640, 480 }, { 1280, 720 }, { 1920, 1080 } },
                List.of(List.of(FPS30, FPS15), List.of(FPS30), List.of(FPS30)));
        c.discrete(V4l2.V4L2_PIX_FMT_NV12, "Y/UV 4:2:0", new int[][] { { 1280, 720 } }, List.of(List.of(FPS30)));
        c.formats.add(new FormatDescription(c.formats.size(), 0, "H.264", V4l2.fourcc('H', '2', '6', '4')));
        c.sizes.put(V4l2.fourcc('H', '2', '6', '4'), List.of(FrameSizes.discrete(1920, 1080)));
        c.menu(V4l2.V4L2_CID_EXPOSURE_AUTO, "Auto Exposure", 0, 3, V4l2.V4L2_EXPOSURE_APERTURE_PRIORITY,
                Set.of(V4l2.V4L2_EXPOSURE_MANUAL, V4l2.V4L2_EXPOSURE_APERTURE_PRIORITY));
        c.integer(V4l2.V4L2_CID_EXPOSURE_ABSOLUTE, "Exposure Time, Absolute", 3, 2047, 1, 156);
        c.bool(V4l2.V4L2_CID_AUTOGAIN, "Gain, Automatic", 1);
        c.integer(V4l2.V4L2_CID_GAIN, "Gain", 0, 255, 1, 64);
        c.bool(V4l2.V4L2_CID_AUTO_WHITE_BALANCE, "White Balance, Automatic", 1);
        c.integer(V4l2.V4L2_CID_WHITE_BALANCE_TEMPERATURE, "White Balance Temperature", 2800, 6500, 10, 4600);
        c.bool(V4l2.V4L2_CID_FOCUS_AUTO, "Focus, Automatic Continuous", 1);
        c.integer(V4l2.V4L2_CID_FOCUS_ABSOLUTE, "Focus, Absolute", 0, 250, 5, 0);
        c.format = c.pix(V4l2.V4L2_PIX_FMT_YUYV, 640, 480);
        return c;
    }

    FakeCamera discrete(int fourcc, String name, int[][] wh, List<List<Fraction>> rates) {
        formats.add(new FormatDescription(formats.size(), 0, name, fourcc));
        List<FrameSizes> list = new ArrayList<>();
        for (int i = 0; i < wh.length; i++) {
            list.add(FrameSizes.discrete(wh[i][0], wh[i][1]));
            List<FrameIntervals> iv = new ArrayList<>();
            rates.get(i).forEach(r -> iv.add(FrameIntervals.discrete(r)));
            intervals.put(fourcc + ":" + wh[i][0] + "x" + wh[i][1], iv);
        }
        sizes.put(fourcc, list);
        return this;
    }

    FakeCamera stepwise(int fourcc, String name, FrameSizes range, FrameIntervals rates) {
        formats.add(new FormatDescription(formats.size(), 0, name, fourcc));
        sizes.put(fourcc, List.of(range));
        intervals.put(fourcc + ":*", List.of(rates));
        return this;
    }

    FakeCamera menu(int id, String name, int min, int max, int def, Set<Integer> items) {
        controls.menu(id, name, min, max, def, items);
        return this;
    }

    FakeCamera integer(int id, String name, int min, int max, int step, int def) {
        controls.integer(id, name, min, max, step, def);
        return this;
    }

    FakeCamera bool(int id, String name, int def) {
        controls.bool(id, name, def);
        return this;
    }

    FakeCamera without(int... ids) {
        for (int id : ids) {
            controls.remove(id);
        }
        return this;
    }

    FakeCamera alignBytesPerLine(int align) {
        bytesPerLineAlign = align;
        return this;
    }

    FakeCamera nodeCaps(int caps) {
        deviceCaps = caps;
        return this;
    }

    DeviceOpener opener() {
        return p -> open();
    }

    VideoDevice open() throws V4l2Exception {
        lock.lock();
        try {
            openAttempts++;
            if (!present) {
                throw new V4l2Exception("open " + path, Posix.ENOENT, "No such file or directory");
            }
            opens++;
            openHandles++;
            return new FakeVideoDevice(this, generation);
        } finally {
            lock.unlock();
        }
    }

    PixFormat pix(int fourcc, int width, int height) {
        int bpl = switch (V4l2.fourccName(fourcc)) {
            case "YUYV" -> align(width * 2);
            case "NV12", "YU12" -> align(width);
            default -> 0;
        };
        int size = switch (V4l2.fourccName(fourcc)) {
            case "YUYV" -> bpl * height;
            case "NV12", "YU12" -> bpl * height * 3 / 2;
            default -> width * height * 2;
        };
        return new PixFormat(width, height, fourcc, V4l2.V4L2_FIELD_NONE, bpl, size);
    }

    private int align(int n) {
        return (n + bytesPerLineAlign - 1) / bytesPerLineAlign * bytesPerLineAlign;
    }

    // ---- the sensor, driven by tests

    /** The sensor delivers n frames now; a frame finding no queued buffer is lost (its sequence still counts). */
    void emit(int n) {
        lock.lock();
        try {
            for (int i = 0; i < n; i++) {
                emitOne();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Like {@link #emit} but each frame waits (up to 10 s) for a queued buffer, so none is lost. */
    void emitWhenQueued(int n) throws InterruptedException {
        lock.lock();
        try {
            for (int i = 0; i < n; i++) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!(streaming && !queued.isEmpty())) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new AssertionError("no buffer queued on " + path + " within 10 s");
                    }
                    changed.awaitNanos(left);
                }
                emitOne();
            }
        } finally {
            lock.unlock();
        }
    }

    private void emitOne() {
        if (!streaming) {
            return;
        }
        long seq = sensorSequence++;
        Integer idx = queued.poll();
        if (idx == null) {
            lost++;
            return;
        }
        ByteBuffer b = buffers[idx];
        b.putLong(0, seq);
        b.put(8, (byte) idx.intValue());
        bytesUsed[idx] = format.bytesPerLine() == 0 ? format.sizeImage() / 3 : format.sizeImage();
        sequences[idx] = seq;
        flags[idx] = V4l2.V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC | (corruptNext ? V4l2.V4L2_BUF_FLAG_ERROR : 0);
        corruptNext = false;
        done.add(idx);
        emitted++;
        changed.signalAll();
    }

    /** The timestamp DQBUF reports for a sequence: a timeval, so whole microseconds. */
    long timestampNanos(long sequence) {
        long ns = TIMESTAMP_BASE_NANOS + sequence * 1_000_000_000L * interval.numerator() / interval.denominator();
        return ns / 1_000 * 1_000;
    }

    void unplug() {
        lock.lock();
        try {
            present = false;
            generation++;
            streaming = false;
            owner = null;
            queued.clear();
            done.clear();
            buffers = new ByteBuffer[0];
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Plugged back: a fresh device, controls at their defaults. */
    void plug() {
        lock.lock();
        try {
            present = true;
            controls.resetToDefaults();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    int control(int id) {
        lock.lock();
        try {
            return controls.get(id).value;
        } finally {
            lock.unlock();
        }
    }

    <T> T read(java.util.function.Supplier<T> s) {
        lock.lock();
        try {
            return s.get();
        } finally {
            lock.unlock();
        }
    }
}
