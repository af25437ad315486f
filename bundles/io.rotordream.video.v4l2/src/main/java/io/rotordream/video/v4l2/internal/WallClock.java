package io.rotordream.video.v4l2.internal;

import java.time.Instant;

/**
 * Maps monotonic capture times to the wall clock. The offset is measured at most once a second,
 * so the frame path allocates nothing and NTP adjustments still reach the times within a second.
 * Used by the capture thread only.
 */
final class WallClock {

    /** The two clocks; {@link #SYSTEM} in production, fixed ones in tests. */
    interface Source {
        long nanoTime();

        long epochMicros();
    }

    static final Source SYSTEM = new Source() {
        @Override
        public long nanoTime() {
            // HotSpot on Linux reads CLOCK_MONOTONIC, the clock of V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC
            return System.nanoTime();
        }

        @Override
        public long epochMicros() {
            Instant now = Instant.now();
            return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        }
    };

    private static final long RESYNC_NANOS = 1_000_000_000L;

    private final Source source;
    private long offsetMicros;
    private long syncedAt;
    private boolean synced;

    WallClock(Source source) {
        this.source = source;
    }

    long nanoTime() {
        return source.nanoTime();
    }

    long toEpochMicros(long monotonicNanos) {
        long now = source.nanoTime();
        if (!synced || now - syncedAt >= RESYNC_NANOS) {
            long before = source.nanoTime();
            long wall = source.epochMicros();
            long after = source.nanoTime();
            offsetMicros = wall - (before + (after - before) / 2) / 1_000;
            syncedAt = now;
            synced = true;
        }
        return monotonicNanos / 1_000 + offsetMicros;
    }
}
