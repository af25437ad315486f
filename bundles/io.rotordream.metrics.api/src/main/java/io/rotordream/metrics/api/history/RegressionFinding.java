package io.rotordream.metrics.api.history;

/** The comparison of one series. */
public final class RegressionFinding {
    public String metric;
    /** higher_is_worse or lower_is_worse. */
    public String worseWhen;
    /** regression, improvement or none. */
    public String verdict;
    public int nRecent;
    public int nBaseline;
    public double baselineMedian;
    public double recentMedian;
    public double baselineMean;
    public double recentMean;
    public double relativeChangePercent;
    /** Cliff's delta of recent over baseline, -1..1. */
    public double effectSize;
    /** negligible, small, medium, large. */
    public String effectMagnitude;
    /** Lag-1 autocorrelation used to widen the test for dependent samples. */
    public double autocorrelation;
    public double z;
    public double pValue;
    /** After Holm's correction over the series tested. */
    public double pAdjusted;
    /** 1 - pAdjusted. */
    public double confidence;
}
