package io.rotordream.video.synthetic.internal;

import java.util.concurrent.atomic.AtomicLong;

import io.rotordream.video.api.SourceStats;

/** Delivered, dropped and starved frames, and the delivery rate over the last second. */
final class SourceCounters {

    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong noBuffer = new AtomicLong();
    private final AtomicLong restarts = new AtomicLong();
    private final long[] ring = new long[64];
    private int head;

    synchronized void delivered(long nanos) {
        delivered.incrementAndGet();
        ring[head++ & (ring.length - 1)] = nanos;
    }

    void dropped(long n) {
        dropped.addAndGet(n);
    }

    void noBuffer() {
        noBuffer.incrementAndGet();
    }

    void restarted() {
        restarts.incrementAndGet();
    }

    synchronized SourceStats snapshot() {
        SourceStats s = new SourceStats();
        s.delivered = delivered.get();
        s.dropped = dropped.get();
        s.noBuffer = noBuffer.get();
        s.restarts = restarts.get();
        int count = (int) Math.min(head, ring.length);
        if (count >= 2) {
            long newest = ring[(head - 1) & (ring.length - 1)];
            long oldest = ring[(head - count) & (ring.length - 1)];
            if (System.nanoTime() - newest < 2_000_000_000L && newest > oldest) {
                s.measuredFps = (count - 1) * 1e9 / (newest - oldest);
            }
        }
        return s;
    }
}
