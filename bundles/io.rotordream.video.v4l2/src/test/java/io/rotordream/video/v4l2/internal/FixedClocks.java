package io.rotordream.video.v4l2.internal;

/** Clocks that stand still, so wall times of frames are exact in tests. */
final class FixedClocks implements WallClock.Source {
    static final long NANO = 7_000_000_000_000L;
    static final long EPOCH_MICROS = 1_767_225_600_000_000L; // 2026-01-01T00:00:00Z

    /** The wall time the driver must give a frame captured at {@code nanos}. */
    static long epochMicrosOf(long nanos) {
        return nanos / 1_000 + EPOCH_MICROS - NANO / 1_000;
    }

    @Override
    public long nanoTime() {
        return NANO;
    }

    @Override
    public long epochMicros() {
        return EPOCH_MICROS;
    }
}
