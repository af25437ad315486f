package io.rotordream.metrics.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One collection of every source. Immutable once handed out. */
public final class MetricsSnapshot {
    /** Increases by one per collection of this collector instance. */
    public final long sequence;
    public final Instant timestamp;
    /** Seconds since the previous collection, over which rates are computed (0 for the first). */
    public final double intervalSeconds;
    /** Key figures (seed fields and the rest), by name. */
    public final Map<String, Double> figures;
    public final List<MetricFamily> families;
    /** JSON-only detail by name. */
    public final Map<String, Object> details;
    /** What this machine lacks, with why. */
    public final Map<String, String> absent;
    /** Sources that failed in this collection, with the error. */
    public final Map<String, String> errors;

    public MetricsSnapshot(long sequence, Instant timestamp, double intervalSeconds, Map<String, Double> figures,
            List<MetricFamily> families, Map<String, Object> details, Map<String, String> absent,
            Map<String, String> errors) {
        this.sequence = sequence;
        this.timestamp = timestamp;
        this.intervalSeconds = intervalSeconds;
        this.figures = figures;
        this.families = families;
        this.details = details;
        this.absent = absent;
        this.errors = errors;
    }

    /** The family of this name, or {@code null}. */
    public MetricFamily family(String name) {
        for (MetricFamily f : families) {
            if (f.name.equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** A key figure, or {@code null} when this collection has none of that name. */
    public Double figure(String name) {
        return figures.get(name);
    }
}
