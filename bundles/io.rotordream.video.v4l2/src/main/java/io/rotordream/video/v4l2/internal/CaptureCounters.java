package io.rotordream.video.v4l2.internal;

import io.rotordream.video.api.SourceStats;

/** Counters of one started source. Written by the capture thread only, read from anywhere. */
final class CaptureCounters {
    private static final double SMOOTHING = 0.1;

    private volatile long delivered;
    private volatile long dropped;
    private volatile long noBuffer;
    private volatile long restarts;
    private volatile double fps;
    private long lastCaptureNanos;

    void delivered(long captureNanos) {
        delivered = delivered + 1;
        if (lastCaptureNanos != 0) {
            long dt = captureNanos - lastCaptureNanos;
            if (dt > 0) {
                double instant = 1e9 / dt;
                fps = fps == 0 ? instant : fps + SMOOTHING * (instant - fps);
            }
        }
        lastCaptureNanos = captureNanos;
    }

    void dropped(long frames) {
        dropped = dropped + frames;
    }

    void noBuffer() {
        noBuffer = noBuffer + 1;
    }

    /** A new streaming run: the rate restarts from its first interval. */
    void restarted() {
        restarts = restarts + 1;
        lastCaptureNanos = 0;
    }

    SourceStats snapshot() {
        SourceStats s = new SourceStats();
        s.delivered = delivered;
        s.dropped = dropped;
        s.noBuffer = noBuffer;
        s.restarts = restarts;
        s.measuredFps = Math.round(fps * 100) / 100.0;
        return s;
    }
}
