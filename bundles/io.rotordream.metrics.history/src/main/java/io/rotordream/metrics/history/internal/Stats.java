package io.rotordream.metrics.history.internal;

import java.util.Arrays;

/**
 * The few statistics the regression test needs, written here rather than pulled from a library:
 * the rank test must be widened for autocorrelated samples, which no common library does, and the
 * rest is a normal tail probability and medians (Commons Math would add a 2 MB bundle for that).
 */
final class Stats {

    private Stats() {
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /**
     * Lag-1 autocorrelation of a series about its own mean, with Kendall's small-sample bias
     * correction ((1 + 4 rho) / n), which matters for windows of a few dozen points.
     */
    static double lag1(double[] x) {
        int n = x.length;
        if (n < 3) {
            return 0;
        }
        double m = mean(x);
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            double d = x[i] - m;
            den += d * d;
            if (i > 0) {
                num += d * (x[i - 1] - m);
            }
        }
        if (den == 0) {
            return 0;
        }
        double r = num / den;
        return r + (1 + 4 * r) / n;
    }

    /** Two-sided tail of the standard normal: P(|Z| &gt;= z). */
    static double twoSidedP(double z) {
        return Math.min(1, erfc(Math.abs(z) / Math.sqrt(2)));
    }

    /** Complementary error function, fractional error below 1.2e-7 (Numerical Recipes' erfcc, Chebyshev fit). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                        + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }

    /** The Mann-Whitney U of {@code a} over {@code b} (pairs a &gt; b, ties counted half) and the tie term. */
    static double[] mannWhitney(double[] a, double[] b) {
        int n = a.length;
        int m = b.length;
        double[] all = new double[n + m];
        System.arraycopy(a, 0, all, 0, n);
        System.arraycopy(b, 0, all, n, m);
        Integer[] order = new Integer[n + m];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(all[i], all[j]));
        double[] rank = new double[n + m];
        double ties = 0;
        for (int i = 0; i < order.length;) {
            int j = i;
            while (j + 1 < order.length && all[order[j + 1]] == all[order[i]]) {
                j++;
            }
            double r = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                rank[order[k]] = r;
            }
            double t = j - i + 1;
            ties += t * t * t - t;
            i = j + 1;
        }
        double ra = 0;
        for (int i = 0; i < n; i++) {
            ra += rank[i];
        }
        return new double[] { ra - n * (n + 1) / 2.0, ties };
    }
}
