package io.rotordream.metrics.api.analysis;

/** One measured value behind a finding, with the limit it was held against. */
public final class Evidence {
    public String metric;
    public Double value;
    public String unit;
    /** e.g. "&gt;", "&lt;", or null when the value is shown for context. */
    public String comparison;
    public Double threshold;
    public String note;

    public Evidence() {
    }

    public Evidence(String metric, Double value, String unit, String comparison, Double threshold, String note) {
        this.metric = metric;
        this.value = value;
        this.unit = unit;
        this.comparison = comparison;
        this.threshold = threshold;
        this.note = note;
    }

    public static Evidence of(String metric, double value, String unit) {
        return new Evidence(metric, value, unit, null, null, null);
    }
}
