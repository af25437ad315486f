package io.rotordream.video.synthetic.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
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

/** The embedded default sensor: a moving test pattern carrying a machine-readable time code. */
@Component(configurationPid = SyntheticConfig.PID,
        property = { FrameSource.ID + "=synthetic", FrameSource.KIND + "=synthetic" })
@Designate(ocd = SyntheticConfig.class)
public final class SyntheticFrameSource implements FrameSource {

    static final int[][] SIZES = { { 320, 180 }, { 640, 360 }, { 854, 480 }, { 1280, 720 }, { 1920, 1080 },
            { 2560, 1440 }, { 3840, 2160 } };
    static final List<Double> RATES = List.of(5.0, 10.0, 15.0, 20.0, 25.0, 30.0, 50.0, 60.0);
    private static final Logger LOG = LoggerFactory.getLogger(SyntheticFrameSource.class);

    private final SourceCounters counters = new SourceCounters();
    private volatile boolean paced;
    private FrameFormat format = new FrameFormat(PixelFormat.NV12, 1280, 720, 30, 1);
    private SensorControls controls = SensorModel.defaults();
    private PatternRenderer renderer;
    private CaptureLoop loop;
    private Thread thread;
    private FrameSink sink;
    private BufferPool pool;

    @Activate
    public SyntheticFrameSource(SyntheticConfig config) {
        modified(config);
    }

    @Modified
    void modified(SyntheticConfig config) {
        boolean changed = paced != config.paced();
        paced = config.paced();
        if (changed) {
            restartIfRunning();
        }
    }

    @Deactivate
    void deactivate() {
        stop();
    }

    @Override
    public String id() {
        return "synthetic";
    }

    @Override
    public String description() {
        return "Synthetic test pattern with time code" + (paced ? "" : " (unpaced)");
    }

    @Override
    public List<FormatCapability> capabilities() {
        List<FormatCapability> out = new ArrayList<>();
        for (PixelFormat pf : new PixelFormat[] { PixelFormat.NV12, PixelFormat.I420, PixelFormat.YUYV }) {
            for (int[] s : SIZES) {
                out.add(new FormatCapability(pf, s[0], s[1], RATES));
            }
        }
        return out;
    }

    @Override
    public synchronized FrameFormat format() {
        return format;
    }

    @Override
    public void configure(FrameFormat f) {
        if (capabilities().stream().noneMatch(c -> c.matches(f))) {
            throw new IllegalArgumentException("the synthetic sensor offers NV12, I420, YUYV at 320x180, 640x360, "
                    + "854x480, 1280x720, 1920x1080, 2560x1440, 3840x2160 and " + RATES + " fps, not " + f);
        }
        synchronized (this) {
            if (f.equals(format)) {
                return;
            }
            format = f;
            renderer = null;
        }
        restartIfRunning();
    }

    @Override
    public synchronized void start(FrameSink sink, BufferPool pool) {
        if (thread != null) {
            throw new IllegalStateException("synthetic sensor already started");
        }
        this.sink = sink;
        this.pool = pool;
        if (renderer == null || !renderer.format().equals(format)) {
            renderer = new PatternRenderer(format);
        }
        loop = new CaptureLoop(renderer, pool, sink, paced, counters);
        applyLook();
        thread = new Thread(loop, "rotordream-capture-synthetic");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Synthetic sensor started: {}{}", format, paced ? "" : " unpaced");
    }

    @Override
    public void stop() {
        Thread t;
        synchronized (this) {
            t = thread;
            if (t == null) {
                return;
            }
            loop.stop();
            thread = null;
        }
        t.interrupt();
        try {
            t.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void restartIfRunning() {
        FrameSink s;
        BufferPool p;
        synchronized (this) {
            if (thread == null) {
                return;
            }
            s = sink;
            p = pool;
        }
        stop();
        counters.restarted();
        start(s, p);
    }

    @Override
    public synchronized boolean running() {
        return thread != null;
    }

    @Override
    public synchronized SensorControls controls() {
        return controls.copy();
    }

    @Override
    public synchronized SensorControls applyControls(SensorControls change) {
        controls = SensorModel.merge(controls, change, format.frameIntervalNanos() / 1000);
        applyLook();
        return controls.copy();
    }

    private void applyLook() {
        if (loop != null) {
            int[] wb = SensorModel.WHITE_BALANCE.get(controls.whiteBalanceMode);
            loop.look(SensorModel.gain(controls, format.frameIntervalNanos() / 1000), wb[0], wb[1]);
        }
    }

    @Override
    public SourceStats stats() {
        return counters.snapshot();
    }
}
