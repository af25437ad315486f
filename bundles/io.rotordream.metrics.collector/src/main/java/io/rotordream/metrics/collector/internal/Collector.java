package io.rotordream.metrics.collector.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import io.rotordream.metrics.api.FigureSet;
import io.rotordream.metrics.api.MetricFamily;
import io.rotordream.metrics.api.MetricSource;
import io.rotordream.metrics.api.MetricsSnapshot;

/**
 * One collection after another: every source in turn (a failing or slow one is reported, never
 * stops the others), counters turned into rates, the collector's own figures added. Plain Java,
 * driven by the component's timer or by a test.
 */
final class Collector {

    private final Clock clock;
    private final Map<String, Double> previousCounters = new HashMap<>();
    private final Deque<FigureSet> recent = new ArrayDeque<>();
    private final Map<String, Double> sourceErrors = new ConcurrentHashMap<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private volatile MetricsSnapshot latest;
    private long sequence;
    private long previousNanos;
    private double refusedTotal;
    private double droppedTotal;
    private double collections;

    Collector(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param sources source name to source
     * @param log told once of each new refusal or source failure
     */
    synchronized MetricsSnapshot collect(Map<String, MetricSource> sources, int maxSeries, int keepRecent,
            BiConsumer<String, Throwable> log) {
        long startNanos = System.nanoTime();
        Instant now = clock.instant();
        double seconds = previousNanos == 0 ? 0 : (startNanos - previousNanos) / 1e9;
        previousNanos = startNanos;
        SinkBuffer sink = new SinkBuffer(maxSeries);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Double> sourceSeconds = new LinkedHashMap<>();
        sources.forEach((name, source) -> {
            sink.source(name);
            long t0 = System.nanoTime();
            try {
                source.collect(sink);
            } catch (RuntimeException | LinkageError e) {
                errors.put(name, e.toString());
                sourceErrors.merge(name, 1.0, Double::sum);
                if (reported.add(name + e)) {
                    log.accept("metric source " + name + " failed", e);
                }
            }
            sourceSeconds.put(name, (System.nanoTime() - t0) / 1e9);
        });
        sink.refused.keySet().forEach(r -> {
            if (reported.add(r)) {
                log.accept("metric refused: " + r, null);
            }
        });
        refusedTotal += sink.refused.values().stream().mapToInt(Integer::intValue).sum();
        droppedTotal += sink.droppedSeries;
        collections++;
        selfMetrics(sink, sources.size(), sourceSeconds, (System.nanoTime() - startNanos) / 1e9);
        List<MetricFamily> families = sink.families(previousCounters, seconds);
        MetricsSnapshot s = new MetricsSnapshot(++sequence, now, seconds, Collections.unmodifiableMap(sink.figures),
                families, Collections.unmodifiableMap(sink.details), Collections.unmodifiableMap(sink.absent),
                Collections.unmodifiableMap(errors));
        recent.addLast(new FigureSet(now, sink.figures));
        while (recent.size() > keepRecent) {
            recent.removeFirst();
        }
        latest = s;
        return s;
    }

    private void selfMetrics(SinkBuffer sink, int sourceCount, Map<String, Double> sourceSeconds, double seconds) {
        sink.source("collector");
        sink.gauge("rotordream_metrics_sources", "Metric sources registered.", sourceCount);
        sourceSeconds.forEach((name, s) -> sink.gauge("rotordream_metrics_source_duration_seconds",
                "Time each source took in the last collection.", s, "source", name));
        sourceErrors.forEach((name, n) -> sink.counter("rotordream_metrics_source_errors_total",
                "Collections in which a source failed.", n, "source", name));
        sink.counter("rotordream_metrics_collections_total", "Collections since the collector started.", collections);
        sink.counter("rotordream_metrics_refused_total",
                "Metrics refused for a bad name, type or labels (see the log).", refusedTotal);
        sink.counter("rotordream_metrics_series_dropped_total",
                "Series refused because their family reached the series limit.", droppedTotal);
        sink.gauge("rotordream_metrics_collection_duration_seconds", "Time the last collection took.", seconds);
        sink.figure("metrics_collection_ms", seconds * 1000);
    }

    MetricsSnapshot latest() {
        return latest;
    }

    synchronized List<FigureSet> recent(int count) {
        List<FigureSet> all = new ArrayList<>(recent);
        return all.subList(Math.max(0, all.size() - count), all.size());
    }

    static Duration clampInterval(long ms) {
        return Duration.ofMillis(Math.max(100, ms));
    }
}
