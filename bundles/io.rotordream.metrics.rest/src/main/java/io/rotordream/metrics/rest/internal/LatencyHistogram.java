package io.rotordream.metrics.rest.internal;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;

/** A fixed-bucket latency histogram, updated without locks from request threads. */
final class LatencyHistogram {

    /** Seconds; from a cached status read to a slow snapshot or a configuration write. */
    static final double[] BOUNDS = { 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10 };

    private final AtomicLongArray buckets = new AtomicLongArray(BOUNDS.length + 1);
    private final DoubleAdder sum = new DoubleAdder();

    void observe(double seconds) {
        int b = 0;
        while (b < BOUNDS.length && seconds > BOUNDS[b]) {
            b++;
        }
        buckets.incrementAndGet(b);
        sum.add(seconds);
    }

    /** Cumulative counts per bound, then the total. */
    long[] cumulative() {
        long[] out = new long[BOUNDS.length + 1];
        long running = 0;
        for (int i = 0; i < out.length; i++) {
            running += buckets.get(i);
            out[i] = running;
        }
        return out;
    }

    double sum() {
        return sum.sum();
    }

    /**
     * The q-quantile of the observations between two cumulative readings, interpolated linearly
     * inside its bucket (as Prometheus' histogram_quantile does); NaN without observations.
     */
    static double quantile(double q, long[] before, long[] now) {
        long total = now[now.length - 1] - (before == null ? 0 : before[before.length - 1]);
        if (total <= 0) {
            return Double.NaN;
        }
        double rank = q * total;
        long previous = 0;
        for (int i = 0; i < now.length; i++) {
            long c = now[i] - (before == null ? 0 : before[i]);
            if (c >= rank) {
                double lower = i == 0 ? 0 : BOUNDS[i - 1];
                double upper = i < BOUNDS.length ? BOUNDS[i] : BOUNDS[BOUNDS.length - 1];
                long inBucket = c - previous;
                return inBucket == 0 ? upper : lower + (upper - lower) * (rank - previous) / inBucket;
            }
            previous = c;
        }
        return BOUNDS[BOUNDS.length - 1];
    }
}
