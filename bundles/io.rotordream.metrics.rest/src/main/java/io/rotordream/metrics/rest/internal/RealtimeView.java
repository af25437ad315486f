package io.rotordream.metrics.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.rotordream.metrics.api.MetricFamily;
import io.rotordream.metrics.api.MetricSample;
import io.rotordream.metrics.api.MetricsSnapshot;

/** {@code GET /api/performance/metrics/realtime}: the seed's fields first, then everything else. */
final class RealtimeView {

    /** The seed's "performance" object; each is null when this machine cannot measure it now. */
    static final List<String> SEED = List.of("cpu_usage_percent", "memory_usage_percent", "video_fps",
            "encoding_time_ms", "network_latency_ms", "storage_io_mbps");

    private RealtimeView() {
    }

    /** The seed's object: every field present, null when this machine cannot measure it now. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public static final class Performance {
        public final Double cpuUsagePercent;
        public final Double memoryUsagePercent;
        public final Double videoFps;
        public final Double encodingTimeMs;
        public final Double networkLatencyMs;
        /** Megabytes (10^6 bytes) per second read and written, as iostat's MB/s. */
        public final Double storageIoMbps;

        Performance(Map<String, Double> f) {
            cpuUsagePercent = f.get("cpu_usage_percent");
            memoryUsagePercent = f.get("memory_usage_percent");
            videoFps = f.get("video_fps");
            encodingTimeMs = f.get("encoding_time_ms");
            networkLatencyMs = f.get("network_latency_ms");
            storageIoMbps = f.get("storage_io_mbps");
        }
    }

    static Map<String, Object> of(MetricsSnapshot s, boolean families) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("timestamp", s.timestamp.toString());
        out.put("sequence", s.sequence);
        out.put("interval_seconds", s.intervalSeconds);
        out.put("performance", new Performance(s.figures));
        out.put("figures", s.figures);
        out.put("details", s.details);
        out.put("absent", s.absent);
        if (!s.errors.isEmpty()) {
            out.put("source_errors", s.errors);
        }
        if (families) {
            out.put("metrics", families(s.families));
        }
        return out;
    }

    private static Map<String, Object> families(List<MetricFamily> all) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (MetricFamily f : all) {
            Map<String, Object> family = new LinkedHashMap<>();
            family.put("type", f.type.name().toLowerCase());
            family.put("help", f.help);
            family.put("samples", f.samples.stream().map(RealtimeView::sample).toList());
            out.put(f.name, family);
        }
        return out;
    }

    private static Map<String, Object> sample(MetricSample s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("labels", s.labels);
        if (s.upperBounds != null) {
            m.put("sum", s.value);
            m.put("count", s.count());
            m.put("upper_bounds", s.upperBounds);
            m.put("cumulative_counts", s.cumulativeCounts);
        } else {
            m.put("value", finite(s.value));
            if (!Double.isNaN(s.rate)) {
                m.put("rate", s.rate);
            }
        }
        return m;
    }

    private static Object finite(double v) {
        return Double.isFinite(v) ? v : String.valueOf(v);
    }
}
