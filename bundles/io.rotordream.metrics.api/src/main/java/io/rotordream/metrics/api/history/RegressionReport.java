package io.rotordream.metrics.api.history;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/performance/regression/detect}. */
public final class RegressionReport {
    public Instant recentFrom;
    public Instant recentTo;
    public Instant baselineFrom;
    public Instant baselineTo;
    public long stepSeconds;
    /** How the verdict is reached, in words. */
    public String method;
    /** Significance level per series (after Holm's correction over the series tested). */
    public double alpha;
    /** Smallest |Cliff's delta| that counts. */
    public double minEffect;
    /** Smallest relative change of the median that counts, percent. */
    public double minChangePercent;
    public List<RegressionFinding> regressions;
    public List<RegressionFinding> improvements;
    /** Every series tested, including those with no significant change. */
    public List<RegressionFinding> tested;
    /** Series that could not be tested, with why. */
    public List<String> skipped;
}
