package io.rotordream.video.v4l2.internal;

import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.memory.api.BufferPool;
import io.rotordream.video.api.FormatCapability;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.FrameSink;
import io.rotordream.video.api.FrameSource;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.SensorControls;
import io.rotordream.video.api.SourceStats;
import io.rotordream.video.v4l2.internal.VideoDevice.Fraction;

/**
 * One V4L2 capture node. Capture lends the driver's mmap buffers (the pool passed to start is not
 * used). Enumeration, configuration and controls open the node briefly on the caller's thread;
 * V4L2 allows that beside a streaming fd.
 */
final class V4l2FrameSource implements FrameSource {
    private static final Logger LOG = LoggerFactory.getLogger(V4l2FrameSource.class);
    /** Returned by format() while nothing is known about the device. */
    private static final FrameFormat FALLBACK = new FrameFormat(PixelFormat.YUYV, 640, 480, 30, 1);

    private final String path;
    private final DeviceOpener opener;
    private final WallClock.Source clocks;
    private volatile SourceSettings settings;
    private final Object lock = new Object();
    private DeviceModes modes;
    private boolean modesStale;
    private String description;
    private FrameFormat format;
    /** The non-null fields ever applied: they are applied again to a device that comes back. */
    private final SensorControls desired = new SensorControls();
    private volatile CaptureLoop loop;
    private volatile SourceStats lastStats = new SourceStats();

    interface DeviceCall<T> {
        T call(VideoDevice d) throws V4l2Exception;
    }

    V4l2FrameSource(String path, String description, DeviceOpener opener, SourceSettings settings,
            WallClock.Source clocks) {
        this.path = path;
        this.description = description;
        this.opener = opener;
        this.settings = settings;
        this.clocks = clocks;
    }

    String path() {
        return path;
    }

    /** Takes effect at the next start or restart. */
    void settings(SourceSettings s) {
        this.settings = s;
    }

    @Override
    public String id() {
        return "v4l2:" + path;
    }

    @Override
    public String description() {
        synchronized (lock) {
            return description != null ? description : path;
        }
    }

    @Override
    public List<FormatCapability> capabilities() {
        DeviceModes m = modes(false);
        return m == null ? List.of() : m.capabilities();
    }

    @Override
    public FrameFormat format() {
        synchronized (lock) {
            if (format == null) {
                DeviceModes m = modes(false);
                format = m == null ? null : m.preferred();
            }
            return format != null ? format : FALLBACK;
        }
    }

    @Override
    public void configure(FrameFormat f) {
        Objects.requireNonNull(f, "format");
        DeviceModes m = modes(true);
        m.select(f, this::intervalsAt);
        CaptureLoop l;
        synchronized (lock) {
            if (f.equals(format)) {
                return; // consumers re-assert their format; restarting capture for it would drop frames
            }
            format = f;
            l = loop;
        }
        if (l != null) {
            l.restart();
        }
    }

    @Override
    public void start(FrameSink sink, BufferPool pool) {
        Objects.requireNonNull(sink, "sink");
        synchronized (lock) {
            if (loop != null) {
                throw new IllegalStateException(id() + " is already started");
            }
            CaptureSession first;
            try {
                first = openSession();
            } catch (V4l2Exception | RuntimeException e) {
                throw new IllegalStateException("cannot start " + path + ": " + e.getMessage(), e);
            }
            CaptureLoop l = new CaptureLoop(path, sink, first, this::openSession, reason -> deviceLost(),
                    settings, new WallClock(clocks));
            loop = l;
            l.start();
            LOG.info("{} capturing {}", path, first.format);
        }
    }

    private CaptureSession openSession() throws V4l2Exception {
        FrameFormat f = format();
        Fraction tpf;
        try {
            tpf = modes(true).select(f, this::intervalsAt);
        } catch (IllegalArgumentException e) {
            throw new V4l2Exception("configure " + path, Posix.EINVAL, e.getMessage());
        }
        CaptureSession s = CaptureSession.open(opener, path, f, tpf, settings.bufferCount());
        SensorControls again;
        synchronized (lock) {
            again = desired.copy();
        }
        try {
            ControlMapper.apply(s.device, again);
        } catch (V4l2Exception | IllegalArgumentException e) {
            LOG.warn("{}: sensor settings not restored: {}", path, e.getMessage());
        }
        return s;
    }

    private void deviceLost() {
        synchronized (lock) {
            modesStale = true;
        }
    }

    @Override
    public void stop() {
        CaptureLoop l;
        synchronized (lock) {
            l = loop;
            loop = null;
        }
        if (l != null) {
            l.stopAndJoin(); // outside the lock: the capture thread may be opening a run, which takes it
            lastStats = l.stats();
        }
    }

    @Override
    public boolean running() {
        return loop != null;
    }

    @Override
    public SensorControls controls() {
        SensorControls d;
        synchronized (lock) {
            d = desired.copy();
        }
        try {
            return withDevice(dev -> ControlMapper.read(dev, d));
        } catch (V4l2Exception e) {
            LOG.debug("{}: controls not readable: {}", path, e.getMessage());
            return d;
        }
    }

    @Override
    public SensorControls applyControls(SensorControls c) {
        Objects.requireNonNull(c, "controls");
        synchronized (lock) {
            try {
                return withDevice(dev -> {
                    ControlMapper.apply(dev, c);
                    merge(c);
                    return ControlMapper.read(dev, desired);
                });
            } catch (V4l2Exception e) {
                throw new IllegalStateException(path + " is not available: " + e.getMessage(), e);
            }
        }
    }

    private void merge(SensorControls c) {
        desired.exposureMode = c.exposureMode != null ? c.exposureMode : desired.exposureMode;
        desired.exposureTimeUs = c.exposureTimeUs != null ? c.exposureTimeUs : desired.exposureTimeUs;
        desired.gainMode = c.gainMode != null ? c.gainMode : desired.gainMode;
        desired.gainValue = c.gainValue != null ? c.gainValue : desired.gainValue;
        desired.whiteBalanceMode = c.whiteBalanceMode != null ? c.whiteBalanceMode : desired.whiteBalanceMode;
        desired.focusMode = c.focusMode != null ? c.focusMode : desired.focusMode;
    }

    @Override
    public SourceStats stats() {
        CaptureLoop l = loop;
        return l != null ? l.stats() : lastStats;
    }

    /**
     * The enumeration, probed on first use and again after the device came back.
     *
     * @param required throw when nothing is known rather than return null
     */
    private DeviceModes modes(boolean required) {
        synchronized (lock) {
            if (modes == null || modesStale) {
                try {
                    withDevice(d -> {
                        VideoDevice.Capability cap = d.querycap();
                        description = cap.card() + " (" + cap.driver() + ", " + cap.busInfo() + ")";
                        modes = DeviceModes.enumerate(d);
                        modesStale = false;
                        return null;
                    });
                } catch (V4l2Exception e) {
                    if (modes == null && required) {
                        throw new IllegalStateException(path + " is not available: " + e.getMessage(), e);
                    }
                    LOG.debug("{}: enumeration failed: {}", path, e.getMessage());
                }
            }
            return modes;
        }
    }

    /** For sizes inside a stepwise range that enumeration did not list. */
    private List<VideoDevice.FrameIntervals> intervalsAt(PixelFormat pf, int width, int height) {
        try {
            return withDevice(d -> d.enumFrameIntervals(pf.fourcc(), width, height));
        } catch (V4l2Exception e) {
            throw new IllegalStateException(path + " is not available: " + e.getMessage(), e);
        }
    }

    private <T> T withDevice(DeviceCall<T> call) throws V4l2Exception {
        try (VideoDevice d = opener.open(path)) {
            return call.call(d);
        }
    }
}
