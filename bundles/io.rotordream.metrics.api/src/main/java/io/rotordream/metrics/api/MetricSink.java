package io.rotordream.metrics.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a {@link MetricSource} writes one collection. Metric names follow Prometheus naming:
 * {@code rotordream_} prefix, snake_case, base units (seconds, bytes, ratios 0..1, celsius, hertz),
 * counters end in {@code _total}. Labels are given as name/value pairs and must be bounded (a
 * device, an interface, a mount; never a client id or a URL): the collector keeps at most a
 * configured number of series per family and counts what it refused.
 */
@ProviderType
public interface MetricSink {

    /** A value that can go up and down. */
    void gauge(String name, String help, double value, String... labels);

    /** A total that only grows (it restarts at zero when its process does); the name ends in {@code _total}. */
    void counter(String name, String help, double value, String... labels);

    /**
     * A cumulative histogram.
     *
     * @param upperBounds bucket upper bounds in ascending order, without +Inf
     * @param cumulativeCounts observations at or below each bound, then the total count (length
     *     {@code upperBounds.length + 1})
     * @param sum the sum of all observations
     */
    void histogram(String name, String help, double[] upperBounds, long[] cumulativeCounts, double sum,
            String... labels);

    /**
     * A key figure of the realtime view, recorded in the history and usable by alert rules, in the
     * units an operator reads (cpu_usage_percent, encoding_time_ms, storage_io_mbps). The name ends
     * with its unit.
     */
    void figure(String name, double value);

    /** Structured detail for the realtime JSON only, never exported to Prometheus (e.g. per-client figures). */
    void detail(String name, Object value);

    /** Something this source cannot measure on this machine, and why (no thermal zones, no cpufreq, ...). */
    void absent(String what, String reason);
}
