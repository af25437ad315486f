package io.rotordream.video.pipeline.internal;

import java.util.Arrays;

/** The last 512 durations, for median / p95 / max without per-sample allocation. */
final class LatencyWindow {

    private final long[] samples = new long[512];
    private long count;
    private long max;

    synchronized void record(long nanos) {
        samples[(int) (count++ & (samples.length - 1))] = nanos;
        max = Math.max(max, nanos);
    }

    /** @return {p50, p95, max} in milliseconds (max since start) */
    synchronized double[] millis() {
        int n = (int) Math.min(count, samples.length);
        if (n == 0) {
            return new double[3];
        }
        long[] copy = Arrays.copyOf(samples, n);
        Arrays.sort(copy);
        return new double[] { copy[n / 2] / 1e6, copy[Math.min(n - 1, (int) (n * 0.95))] / 1e6, max / 1e6 };
    }
}
