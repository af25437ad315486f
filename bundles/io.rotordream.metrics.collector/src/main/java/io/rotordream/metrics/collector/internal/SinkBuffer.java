package io.rotordream.metrics.collector.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.rotordream.metrics.api.MetricFamily;
import io.rotordream.metrics.api.MetricSample;
import io.rotordream.metrics.api.MetricSink;

/**
 * Gathers one collection and enforces the naming rules, so that a new source cannot break the
 * Prometheus output or blow up its cardinality: a wrong name or type is refused and counted, and a
 * family keeps at most {@code maxSeries} series.
 */
final class SinkBuffer implements MetricSink {

    static final Pattern METRIC = Pattern.compile("rotordream_[a-z][a-z0-9_]*");
    static final Pattern LABEL = Pattern.compile("[a-z_][a-z0-9_]*");
    static final Pattern FIGURE = Pattern.compile("[a-z][a-z0-9_]*");

    private final int maxSeries;
    private final Map<String, Family> families = new LinkedHashMap<>();
    final Map<String, Double> figures = new TreeMap<>();
    final Map<String, Object> details = new TreeMap<>();
    final Map<String, String> absent = new TreeMap<>();
    /** Refusals of this collection: "name: why" to count. */
    final Map<String, Integer> refused = new TreeMap<>();
    int droppedSeries;
    private String source = "?";

    SinkBuffer(int maxSeries) {
        this.maxSeries = maxSeries;
    }

    /** Names the source whose calls follow, for refusals. */
    void source(String name) {
        this.source = name;
    }

    private static final class Family {
        final String help;
        final MetricFamily.Type type;
        final Map<String, Series> series = new LinkedHashMap<>();

        Family(String help, MetricFamily.Type type) {
            this.help = help;
            this.type = type;
        }
    }

    record Series(Map<String, String> labels, double value, double[] bounds, long[] counts) {
    }

    @Override
    public void gauge(String name, String help, double value, String... labels) {
        if (name.endsWith("_total")) {
            refuse(name, "a gauge must not end in _total");
        } else if (!Double.isNaN(value)) {
            add(name, help, MetricFamily.Type.GAUGE, value, null, null, labels);
        }
    }

    @Override
    public void counter(String name, String help, double value, String... labels) {
        if (!name.endsWith("_total")) {
            refuse(name, "a counter must end in _total");
        } else if (!Double.isNaN(value)) {
            add(name, help, MetricFamily.Type.COUNTER, value, null, null, labels);
        }
    }

    @Override
    public void histogram(String name, String help, double[] upperBounds, long[] cumulativeCounts, double sum,
            String... labels) {
        if (name.matches(".*_(total|bucket|sum|count)")) {
            refuse(name, "a histogram name must not end in _total, _bucket, _sum or _count");
        } else if (cumulativeCounts.length != upperBounds.length + 1) {
            refuse(name, "a histogram needs one count per bound plus the total");
        } else {
            for (int i = 0; i < labels.length; i += 2) {
                if ("le".equals(labels[i])) {
                    refuse(name, "le is reserved for histogram buckets");
                    return;
                }
            }
            add(name, help, MetricFamily.Type.HISTOGRAM, sum, upperBounds.clone(), cumulativeCounts.clone(), labels);
        }
    }

    private void add(String name, String help, MetricFamily.Type type, double value, double[] bounds, long[] counts,
            String[] labels) {
        if (!METRIC.matcher(name).matches()) {
            refuse(name, "names are rotordream_ followed by snake_case");
            return;
        }
        if (labels.length % 2 != 0) {
            refuse(name, "labels come in name/value pairs");
            return;
        }
        Map<String, String> l = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            if (!LABEL.matcher(labels[i]).matches() || labels[i].startsWith("__") || labels[i + 1] == null) {
                refuse(name, "bad label " + labels[i]);
                return;
            }
            l.put(labels[i], labels[i + 1]);
        }
        Family f = families.computeIfAbsent(name, n -> new Family(help == null ? "" : help, type));
        if (f.type != type) {
            refuse(name, "already a " + f.type.name().toLowerCase());
            return;
        }
        String key = l.toString();
        if (!f.series.containsKey(key) && f.series.size() >= maxSeries) {
            droppedSeries++;
            return;
        }
        f.series.put(key, new Series(l, value, bounds, counts));
    }

    @Override
    public void figure(String name, double value) {
        if (!FIGURE.matcher(name).matches()) {
            refuse(name, "figure names are snake_case");
        } else if (Double.isFinite(value)) {
            figures.put(name, value);
        }
    }

    @Override
    public void detail(String name, Object value) {
        if (value != null) {
            details.put(name, value);
        }
    }

    @Override
    public void absent(String what, String reason) {
        absent.put(what, reason);
    }

    private void refuse(String name, String why) {
        refused.merge(source + ": " + name + ": " + why, 1, Integer::sum);
    }

    /** The families, with each counter's rate from {@code previous} counter values (updated in place). */
    List<MetricFamily> families(Map<String, Double> previous, double seconds) {
        List<MetricFamily> out = new ArrayList<>(families.size());
        Map<String, Double> seen = new LinkedHashMap<>();
        families.forEach((name, f) -> {
            List<MetricSample> samples = new ArrayList<>(f.series.size());
            f.series.forEach((key, s) -> {
                double rate = Double.NaN;
                if (f.type == MetricFamily.Type.COUNTER) {
                    String id = name + key;
                    Double before = previous.get(id);
                    if (before != null && seconds > 0 && s.value >= before) {
                        rate = (s.value - before) / seconds;
                    }
                    seen.put(id, s.value);
                }
                samples.add(new MetricSample(Collections.unmodifiableMap(s.labels), s.value, rate, s.bounds,
                        s.counts));
            });
            out.add(new MetricFamily(name, f.help, f.type, samples));
        });
        previous.clear();
        previous.putAll(seen);
        return out;
    }
}
