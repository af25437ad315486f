package io.rotordream.metrics.history.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.rotordream.metrics.api.history.RegressionFinding;

/**
 * Is the recent window of a series worse than its baseline? A Mann-Whitney rank test (no
 * assumption of normality: latencies are skewed) whose variance is widened by (1 + rho) / (1 - rho)
 * for the lag-1 autocorrelation rho of the samples (neighbouring seconds or minutes are not
 * independent, and a plain test would cry wolf), Cliff's delta as the effect size, and Holm's
 * correction over the series tested together. A change counts only when it is significant, at
 * least a medium effect, and a large enough relative change of the median.
 */
final class RegressionDetector {

    enum Direction {
        HIGHER_IS_WORSE, LOWER_IS_WORSE, NEUTRAL
    }

    record Settings(double alpha, double minEffect, double minChangePercent, int minSamples) {
        static final Settings DEFAULT = new Settings(0.01, 0.33, 5, 10);
    }

    private final Settings settings;

    RegressionDetector(Settings settings) {
        this.settings = settings;
    }

    /** @return the comparison, or {@code null} when a window has fewer than the minimum samples */
    RegressionFinding compare(String metric, Direction direction, double[] baseline, double[] recent) {
        double[] b = finite(baseline);
        double[] r = finite(recent);
        if (b.length < settings.minSamples() || r.length < settings.minSamples()) {
            return null;
        }
        int n = r.length;
        int m = b.length;
        double[] u = Stats.mannWhitney(r, b);
        double total = n + m;
        double variance = n * (double) m / 12 * ((total + 1) - u[1] / (total * (total - 1)));
        double rho = Math.max(0, Math.min(0.95, (Stats.lag1(r) * n + Stats.lag1(b) * m) / total));
        variance *= (1 + rho) / (1 - rho);
        double centred = u[0] - n * (double) m / 2;
        double z = variance <= 0 ? 0 : Math.signum(centred) * Math.max(0, Math.abs(centred) - 0.5) / Math.sqrt(variance);
        RegressionFinding f = new RegressionFinding();
        f.metric = metric;
        f.worseWhen = switch (direction) {
            case HIGHER_IS_WORSE -> "higher";
            case LOWER_IS_WORSE -> "lower";
            default -> "either";
        };
        f.nRecent = n;
        f.nBaseline = m;
        f.baselineMedian = Stats.median(b);
        f.recentMedian = Stats.median(r);
        f.baselineMean = Stats.mean(b);
        f.recentMean = Stats.mean(r);
        double base = Math.abs(f.baselineMedian) > 1e-12 ? f.baselineMedian : f.baselineMean;
        f.relativeChangePercent = Math.abs(base) > 1e-12 ? 100 * (f.recentMedian - f.baselineMedian) / Math.abs(base)
                : (f.recentMean == f.baselineMean ? 0 : Math.signum(f.recentMean - f.baselineMean) * 100);
        f.effectSize = 2 * u[0] / (n * (double) m) - 1;
        f.effectMagnitude = magnitude(Math.abs(f.effectSize));
        f.autocorrelation = rho;
        f.z = z;
        f.pValue = Stats.twoSidedP(z);
        f.pAdjusted = f.pValue;
        f.confidence = 1 - f.pValue;
        return f;
    }

    /** Romano et al.'s thresholds for Cliff's delta. */
    static String magnitude(double d) {
        return d < 0.147 ? "negligible" : d < 0.33 ? "small" : d < 0.474 ? "medium" : "large";
    }

    /** Holm's step-down adjustment, then each finding's verdict. */
    void decide(List<RegressionFinding> findings) {
        List<RegressionFinding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingDouble(f -> f.pValue));
        double running = 0;
        int k = sorted.size();
        for (int i = 0; i < k; i++) {
            RegressionFinding f = sorted.get(i);
            running = Math.max(running, Math.min(1, (k - i) * f.pValue));
            f.pAdjusted = running;
            f.confidence = 1 - running;
        }
        for (RegressionFinding f : findings) {
            boolean significant = f.pAdjusted < settings.alpha() && Math.abs(f.effectSize) >= settings.minEffect()
                    && Math.abs(f.relativeChangePercent) >= settings.minChangePercent();
            boolean up = f.effectSize > 0;
            if (!significant) {
                f.verdict = "none";
            } else if (f.worseWhen.equals("either")) {
                f.verdict = "change";
            } else {
                f.verdict = up == f.worseWhen.equals("higher") ? "regression" : "improvement";
            }
        }
    }

    private static double[] finite(double[] x) {
        return java.util.Arrays.stream(x).filter(Double::isFinite).toArray();
    }
}
