package io.rotordream.webrtc.server.internal.media;

/**
 * A delay-gradient estimate from transport-wide feedback, after the trendline filter of
 * draft-ietf-rmcat-gcc-02 §5.3 in small: per feedback message, the slope of the one-way delay
 * variation (arrival spacing less send spacing) against arrival time, smoothed over messages.
 * Positive means a queue grows on the path. Also counts loss and the acknowledged bitrate.
 */
public final class DelayTrend {

    private double smoothed;
    private double lossFraction;
    private long ackedBitsPerSecond = -1;

    /**
     * @param sendMicros send times of the packets described, {@code Long.MIN_VALUE} when unknown
     * @param arrivalMicros arrival times, {@code Long.MIN_VALUE} when lost
     * @param sizes bytes of each packet
     * @param count packets described
     */
    public void update(long[] sendMicros, long[] arrivalMicros, int[] sizes, int count) {
        int n = 0;
        int lost = 0;
        long firstSend = 0;
        long firstArrival = 0;
        long lastArrival = 0;
        long bytes = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < count; i++) {
            if (sendMicros[i] == Long.MIN_VALUE) {
                continue;
            }
            if (arrivalMicros[i] == Long.MIN_VALUE) {
                lost++;
                continue;
            }
            if (n == 0) {
                firstSend = sendMicros[i];
                firstArrival = arrivalMicros[i];
            }
            double x = (arrivalMicros[i] - firstArrival) / 1000.0;
            double y = x - (sendMicros[i] - firstSend) / 1000.0;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            lastArrival = arrivalMicros[i];
            bytes += sizes[i];
            n++;
        }
        if (n + lost > 0) {
            lossFraction = lost / (double) (n + lost);
        }
        if (n >= 3) {
            double den = n * sxx - sx * sx;
            if (den > 1e-9) {
                double slope = (n * sxy - sx * sy) / den; // ms of delay per ms
                smoothed = 0.7 * smoothed + 0.3 * slope * 1000.0;
            }
            long span = lastArrival - firstArrival;
            if (span > 20_000) {
                ackedBitsPerSecond = bytes * 8 * 1_000_000L / span;
            }
        }
    }

    /** Queueing delay gained per second, in ms/s. */
    public double msPerSecond() {
        return smoothed;
    }

    public double lossFraction() {
        return lossFraction;
    }

    public long ackedBitsPerSecond() {
        return ackedBitsPerSecond;
    }
}
