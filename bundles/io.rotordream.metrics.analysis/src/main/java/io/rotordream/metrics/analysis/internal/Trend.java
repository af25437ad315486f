package io.rotordream.metrics.analysis.internal;

/** Least-squares line through (x, y) points, for the heap-after-GC trend. */
record Trend(double slopePerSecond, double r2, int n) {

    static Trend fit(double[] x, double[] y) {
        int n = 0;
        double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(y[i])) {
                continue;
            }
            n++;
            sx += x[i];
            sy += y[i];
            sxx += x[i] * x[i];
            sxy += x[i] * y[i];
            syy += y[i] * y[i];
        }
        if (n < 3) {
            return new Trend(0, 0, n);
        }
        double vx = sxx - sx * sx / n;
        double vy = syy - sy * sy / n;
        double cov = sxy - sx * sy / n;
        if (vx == 0) {
            return new Trend(0, 0, n);
        }
        double slope = cov / vx;
        double r2 = vy == 0 ? 0 : cov * cov / (vx * vy);
        return new Trend(slope, r2, n);
    }
}
