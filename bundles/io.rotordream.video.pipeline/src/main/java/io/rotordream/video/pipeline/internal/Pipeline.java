package io.rotordream.video.pipeline.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.memory.api.BufferPool;
import io.rotordream.memory.api.BufferPools;
import io.rotordream.os.api.ThreadScheduling;
import io.rotordream.video.api.BufferFrame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.FrameSource;
import io.rotordream.video.api.SensorControls;
import io.rotordream.video.api.encoder.EncoderFactory;
import io.rotordream.video.api.encoder.EncoderSettings;

/**
 * Capture to encode to fan-out, and the reconciliation of what is configured with what is
 * registered: which sensor, which format, which backend. Sensors and backends come and go
 * (bundles stop, cameras unplug); the streams and their subscribers stay.
 */
final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private final BufferPools pools;
    private final Backends backends = new Backends();
    private final ThreadPlacement placement;
    private final CaptureStage capture;
    private final StreamChannel main;
    private final StreamChannel sub;
    private boolean subEnabled;
    private final Map<String, FrameSource> sources = new LinkedHashMap<>();
    private final Map<String, String> kinds = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private FrameSource active;
    private String wantedSource = "auto";
    private FrameFormat wantedFormat;
    private SensorControls controls;
    private boolean started;

    Pipeline(BufferPools pools, Supplier<ThreadScheduling> scheduling, int queueLength) {
        this.pools = pools;
        this.placement = new ThreadPlacement(scheduling);
        this.capture = new CaptureStage(placement);
        this.main = new StreamChannel("main", queueLength, backends, pools, placement, this::activeSourceId);
        this.sub = new StreamChannel("sub", queueLength, backends, pools, placement, this::activeSourceId);
        this.capture.channels(main);
    }

    StreamChannel main() {
        return main;
    }

    StreamChannel sub() {
        return sub;
    }

    /** The sub-stream: the main stream's codec and tuning at its own size, rate and bitrate. */
    synchronized void configureSub(boolean enabled, int width, int height, double fps, int bitrateKbps,
            EncoderSettings mainSettings, List<String> order) {
        EncoderSettings s = mainSettings.copy();
        s.bitrateKbps = bitrateKbps;
        s.gopSize = Math.max(1, (int) Math.round(s.gopSize * Math.min(1.0, fps / Math.max(1, wantedFps()))));
        sub.configure(s, order);
        sub.reshape(width, height, fps);
        subEnabled = enabled;
        if (enabled) {
            if (started) {
                sub.start();
            }
            capture.channels(main, sub);
        } else {
            capture.channels(main);
            sub.stop();
        }
    }

    synchronized boolean subEnabled() {
        return subEnabled;
    }

    private double wantedFps() {
        return wantedFormat == null ? 30 : wantedFormat.fps();
    }

    CaptureStage capture() {
        return capture;
    }

    Backends backends() {
        return backends;
    }

    synchronized void configure(String source, FrameFormat format, SensorControls sensor, EncoderSettings encoder,
            List<String> order, ThreadsConfig threads) {
        placement.configure(threads);
        main.configure(encoder, order);
        wantedSource = source;
        wantedFormat = format;
        controls = sensor;
        if (started) {
            reconcile();
        }
    }

    synchronized void start() {
        started = true;
        main.start();
        if (subEnabled) {
            sub.start();
        }
        reconcile();
    }

    synchronized void stop() {
        started = false;
        if (active != null) {
            active.stop();
            active = null;
        }
        main.close();
        sub.close();
    }

    synchronized void sourceAdded(String id, String kind, FrameSource s) {
        sources.put(id, s);
        kinds.put(id, kind);
        if (started) {
            reconcile();
        }
    }

    synchronized void sourceRemoved(String id, FrameSource s) {
        sources.remove(id, s);
        kinds.remove(id);
        if (active == s) {
            // The bundle is stopping: its capture thread must end before it goes.
            s.stop();
            active = null;
        }
        if (started) {
            reconcile();
        }
    }

    void backendAdded(EncoderFactory f) {
        backends.add(f);
        main.backendAdded(f);
        sub.backendAdded(f);
    }

    void backendRemoved(EncoderFactory f) {
        backends.remove(f);
        main.backendRemoved(f);
        sub.backendRemoved(f);
    }

    private void reconcile() {
        problems.clear();
        FrameSource choice = SourceChoice.choose(wantedSource, sources, kinds);
        if (choice == null) {
            problems.add("no sensor '" + wantedSource + "' is registered");
        }
        if (choice != active && active != null) {
            active.stop();
            active = null;
        }
        if (choice == null) {
            return;
        }
        BufferPool framePool = pools.pool(BufferPools.FRAME);
        if (BufferFrame.bytesFor(wantedFormat) > framePool.bufferSize()) {
            problems.add("frame buffers of " + framePool.bufferSize() + " bytes cannot hold " + wantedFormat
                    + "; raise memory pool frame_buffers size_mb");
            choice.stop();
            active = null;
            return;
        }
        try {
            choice.configure(wantedFormat);
        } catch (IllegalArgumentException e) {
            problems.add("sensor " + choice.id() + " refused " + wantedFormat + ": " + e.getMessage());
            LOG.error("Sensor {} refused {}: {}", choice.id(), wantedFormat, e.getMessage());
        }
        try {
            choice.applyControls(controls);
        } catch (IllegalArgumentException e) {
            problems.add("sensor " + choice.id() + " refused controls: " + e.getMessage());
        }
        if (choice != active) {
            try {
                capture.replace();
                choice.start(capture, framePool);
                active = choice;
            } catch (IllegalStateException e) {
                problems.add("sensor " + choice.id() + " did not start: " + e.getMessage());
                LOG.error("Sensor {} did not start: {}", choice.id(), e.getMessage());
            }
        }
    }

    synchronized FrameSource active() {
        return active;
    }

    synchronized String activeSourceId() {
        return active == null ? "" : active.id();
    }

    synchronized FrameFormat wantedFormat() {
        return wantedFormat;
    }

    synchronized List<String> problems() {
        List<String> out = new ArrayList<>(problems);
        String stopped = capture.stoppedReason();
        if (stopped != null) {
            out.add("sensor stopped: " + stopped);
        }
        if (started && active != null && main.info().backend.isEmpty() && capture.frames() > 0) {
            out.add("no encoder backend is encoding; see GET /api/camera/encoders");
        }
        return out;
    }
}
