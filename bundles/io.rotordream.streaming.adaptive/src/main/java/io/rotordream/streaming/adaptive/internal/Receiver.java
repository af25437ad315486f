package io.rotordream.streaming.adaptive.internal;

import io.rotordream.streaming.adaptive.api.AdaptiveStatus;
import io.rotordream.streaming.adaptive.api.ReceiverFeedback;

/** One receiver's latest reports, each with the time it arrived. */
final class Receiver implements ReceiverFeedback {

    final String mount;
    final String id;
    final String protocol;
    private final Runnable onClose;
    private final java.util.function.LongSupplier clock;
    volatile double lossFraction;
    volatile double jitterMs = -1;
    volatile double rttMs = -1;
    volatile long receptionNanos = Long.MIN_VALUE;
    volatile long estimateBps = -1;
    volatile long estimateNanos = Long.MIN_VALUE;
    volatile double delayTrend;
    volatile long delayNanos = Long.MIN_VALUE;
    volatile boolean closed;

    Receiver(String mount, String id, String protocol, java.util.function.LongSupplier clock, Runnable onClose) {
        this.mount = mount;
        this.id = id;
        this.protocol = protocol;
        this.clock = clock;
        this.onClose = onClose;
    }

    @Override
    public void reportReception(double lossFraction, double jitterMs, double rttMs) {
        this.lossFraction = Math.max(0, Math.min(1, lossFraction));
        this.jitterMs = jitterMs;
        this.rttMs = rttMs;
        this.receptionNanos = clock.getAsLong();
    }

    @Override
    public void reportEstimate(long bitsPerSecond) {
        this.estimateBps = bitsPerSecond;
        this.estimateNanos = clock.getAsLong();
    }

    @Override
    public void reportDelayTrend(double msPerSecond) {
        this.delayTrend = msPerSecond;
        this.delayNanos = clock.getAsLong();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            onClose.run();
        }
    }

    AdaptiveStatus.ReceiverState state() {
        AdaptiveStatus.ReceiverState s = new AdaptiveStatus.ReceiverState();
        s.id = id;
        s.protocol = protocol;
        s.lossFraction = lossFraction;
        s.jitterMs = jitterMs;
        s.rttMs = rttMs;
        s.estimateKbps = estimateBps < 0 ? -1 : estimateBps / 1000;
        s.delayTrend = delayTrend;
        return s;
    }
}
