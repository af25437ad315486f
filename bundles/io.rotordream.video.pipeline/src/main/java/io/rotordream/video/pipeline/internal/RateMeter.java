package io.rotordream.video.pipeline.internal;

/**
 * Events (and their bytes) over the last few seconds, from a fixed ring of timestamps: recording
 * is two array writes, reading happens only when someone asks for the status.
 */
final class RateMeter {

    private static final int SIZE = 256;
    private static final long WINDOW_NANOS = 3_000_000_000L;
    private final long[] times = new long[SIZE];
    private final long[] bytes = new long[SIZE];
    private long count;

    synchronized void record(long nanos, long size) {
        int i = (int) (count++ & (SIZE - 1));
        times[i] = nanos;
        bytes[i] = size;
    }

    synchronized long total() {
        return count;
    }

    /** Events per second within the window, 0 when idle. */
    synchronized double perSecond(long now) {
        return window(now, false);
    }

    /** Bits per second within the window, in kbit/s. */
    synchronized double kbps(long now) {
        return window(now, true) * 8 / 1000.0;
    }

    private double window(long now, boolean sumBytes) {
        int n = (int) Math.min(count, SIZE);
        long oldest = Long.MAX_VALUE;
        long newest = Long.MIN_VALUE;
        long events = 0;
        long sum = 0;
        for (int k = 0; k < n; k++) {
            long t = times[(int) ((count - 1 - k) & (SIZE - 1))];
            if (now - t > WINDOW_NANOS) {
                break;
            }
            oldest = Math.min(oldest, t);
            newest = Math.max(newest, t);
            events++;
            sum += bytes[(int) ((count - 1 - k) & (SIZE - 1))];
        }
        if (events < 2 || newest <= oldest) {
            return 0;
        }
        double seconds = (newest - oldest) / 1e9;
        // n events span n-1 intervals; bytes of the oldest fall before the span
        return sumBytes ? (sum - bytes[(int) ((count - events) & (SIZE - 1))]) / seconds : (events - 1) / seconds;
    }
}
