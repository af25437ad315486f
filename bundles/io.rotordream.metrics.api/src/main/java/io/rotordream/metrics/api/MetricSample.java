package io.rotordream.metrics.api;

import java.util.Map;

/** One series of a family at one collection. */
public final class MetricSample {
    /** Label names to values, in the order the source gave them. */
    public final Map<String, String> labels;
    /** The gauge's or counter's value; a histogram's sum. */
    public final double value;
    /** For a counter, its increase per second since the previous collection; NaN when unknown. */
    public final double rate;
    /** Histogram only: bucket upper bounds (without +Inf), else {@code null}. */
    public final double[] upperBounds;
    /** Histogram only: cumulative counts per bound, then the total count; else {@code null}. */
    public final long[] cumulativeCounts;

    public MetricSample(Map<String, String> labels, double value, double rate, double[] upperBounds,
            long[] cumulativeCounts) {
        this.labels = labels;
        this.value = value;
        this.rate = rate;
        this.upperBounds = upperBounds;
        this.cumulativeCounts = cumulativeCounts;
    }

    /** Histogram only: the number of observations. */
    public long count() {
        return cumulativeCounts == null ? 0 : cumulativeCounts[cumulativeCounts.length - 1];
    }
}
