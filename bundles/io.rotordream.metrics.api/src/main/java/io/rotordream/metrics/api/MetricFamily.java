package io.rotordream.metrics.api;

import java.util.List;

/** All series of one metric name. */
public final class MetricFamily {

    /** Prometheus metric types used here. */
    public enum Type {
        GAUGE, COUNTER, HISTOGRAM
    }

    public final String name;
    public final String help;
    public final Type type;
    public final List<MetricSample> samples;

    public MetricFamily(String name, String help, Type type, List<MetricSample> samples) {
        this.name = name;
        this.help = help;
        this.type = type;
        this.samples = List.copyOf(samples);
    }
}
