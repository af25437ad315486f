package io.rotordream.streaming.adaptive.internal;

import java.util.List;
import java.util.Locale;

/**
 * One stream's decision, every adjustment interval, from the fresh reports of all its receivers
 * (one encoder serves them all, so the most constrained one decides):
 * <ul>
 * <li>decrease by a step (or at once to 90 % of the lowest estimate when that is lower) when the
 * worst loss exceeds {@code 1 - quality_threshold}, a queue builds (delay trend above
 * {@link #OVERUSE_MS_PER_S}), or a receiver estimates less than is sent;</li>
 * <li>increase by a step when every receiver is clean (loss under half the threshold, no queue):
 * up to 90 % of the lowest estimate when receivers estimate, else back up to the encoder's own
 * configured bitrate only (no probing beyond it without an estimate);</li>
 * <li>never outside [min, max].</li>
 * </ul>
 * Plain Java with an explicit clock, so it is tested without OSGi or time passing.
 */
final class AdaptiveLogic {

    /** Queueing delay growing faster than this (ms per s) counts as overuse (cf. draft-ietf-rmcat-gcc-02 §5.4). */
    static final double OVERUSE_MS_PER_S = 8.0;

    record Params(int minKbps, int maxKbps, int stepKbps, double qualityThreshold, long staleNanos) {
    }

    /** The outcome: the new target and why. */
    record Decision(int targetKbps, String decision, String reason, double worstLoss, long lowestEstimateKbps,
            double highestDelayTrend, double highestRttMs) {
    }

    private AdaptiveLogic() {
    }

    static Decision decide(List<Receiver> receivers, int currentKbps, int configuredKbps, Params p, long now) {
        double worstLoss = 0;
        long lowestEstimate = -1;
        double trend = 0;
        double rtt = -1;
        int fresh = 0;
        for (Receiver r : receivers) {
            boolean any = false;
            if (now - r.receptionNanos <= p.staleNanos()) {
                worstLoss = Math.max(worstLoss, r.lossFraction);
                rtt = Math.max(rtt, r.rttMs);
                any = true;
            }
            if (now - r.estimateNanos <= p.staleNanos() && r.estimateBps > 0) {
                long kbps = r.estimateBps / 1000;
                lowestEstimate = lowestEstimate < 0 ? kbps : Math.min(lowestEstimate, kbps);
                any = true;
            }
            if (now - r.delayNanos <= p.staleNanos()) {
                trend = Math.max(trend, r.delayTrend);
                any = true;
            }
            if (any) {
                fresh++;
            }
        }
        int current = clamp(currentKbps, p);
        if (fresh == 0) {
            return new Decision(current, "hold", "no fresh receiver report", worstLoss, lowestEstimate, trend, rtt);
        }
        double lossLimit = 1 - p.qualityThreshold();
        String down = null;
        if (worstLoss > lossLimit) {
            down = String.format(Locale.ROOT, "loss %.1f%% above %.1f%%", worstLoss * 100, lossLimit * 100);
        } else if (trend > OVERUSE_MS_PER_S) {
            down = String.format(Locale.ROOT, "queue building: delay trend %.1f ms/s", trend);
        } else if (lowestEstimate >= 0 && lowestEstimate < current) {
            down = "receiver estimate " + lowestEstimate + " kbit/s below " + current;
        }
        if (down != null) {
            int target = current - p.stepKbps();
            if (lowestEstimate >= 0) {
                target = (int) Math.min(target, lowestEstimate * 9 / 10);
            }
            target = clamp(target, p);
            return new Decision(target, target < current ? "decrease" : "hold", down, worstLoss, lowestEstimate,
                    trend, rtt);
        }
        boolean clean = worstLoss <= lossLimit / 2 && trend <= OVERUSE_MS_PER_S / 2;
        long ceiling = lowestEstimate >= 0 ? lowestEstimate * 9 / 10 : configuredKbps;
        if (clean && current + p.stepKbps() <= ceiling) {
            int target = clamp(current + p.stepKbps(), p);
            return new Decision(target, target > current ? "increase" : "hold",
                    lowestEstimate >= 0 ? "clean; estimate " + lowestEstimate + " kbit/s leaves room"
                            : "clean; back toward the configured " + configuredKbps + " kbit/s",
                    worstLoss, lowestEstimate, trend, rtt);
        }
        return new Decision(current, "hold", clean ? "at the ceiling" : "loss or delay in the tolerated band",
                worstLoss, lowestEstimate, trend, rtt);
    }

    static int clamp(int kbps, Params p) {
        return Math.max(p.minKbps(), Math.min(p.maxKbps(), kbps));
    }
}
