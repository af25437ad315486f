package io.rotordream.video.pipeline.internal;

/**
 * Coalesces keyframe requests (late joiners, PLI/FIR storms, consumers that fell behind) so the
 * encoder makes at most one forced keyframe per interval.
 */
final class KeyframeGate {

    static final long MIN_INTERVAL_NANOS = 250_000_000L;
    private volatile boolean requested;
    private long lastForced = Long.MIN_VALUE / 2;
    private long forced;
    private long coalesced;

    void request() {
        if (requested) {
            synchronized (this) {
                coalesced++;
            }
        }
        requested = true;
    }

    /** Called by the encode thread before each frame: whether to force this one. */
    synchronized boolean take(long now) {
        if (!requested || now - lastForced < MIN_INTERVAL_NANOS) {
            return false;
        }
        requested = false;
        lastForced = now;
        forced++;
        return true;
    }

    synchronized long forced() {
        return forced;
    }

    synchronized long coalesced() {
        return coalesced;
    }
}
