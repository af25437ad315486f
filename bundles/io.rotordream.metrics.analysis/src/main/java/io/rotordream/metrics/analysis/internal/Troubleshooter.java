package io.rotordream.metrics.analysis.internal;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rotordream.metrics.api.MetricFamily;
import io.rotordream.metrics.api.MetricSample;
import io.rotordream.metrics.api.MetricsSnapshot;
import io.rotordream.metrics.api.analysis.Evidence;
import io.rotordream.metrics.api.analysis.TroubleshootReport;
import io.rotordream.metrics.api.analysis.TroubleshootReport.Finding;
import io.rotordream.metrics.api.history.MetricsHistory;
import io.rotordream.metrics.api.history.TrendResult;

/** Findings with evidence for one area, from the newest snapshot, the recent window and the history. */
final class Troubleshooter {

    private final MetricsSnapshot s;
    private final Window w;
    private final Facts f;
    private final MetricsHistory history;
    private final Path dataDir;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Object> data = new LinkedHashMap<>();
    private final List<String> absent = new ArrayList<>();

    Troubleshooter(MetricsSnapshot s, Window w, Facts f, MetricsHistory history, Path dataDir) {
        this.s = s;
        this.w = w;
        this.f = f;
        this.history = history;
        this.dataDir = dataDir;
    }

    TroubleshootReport run(String area) throws InterruptedException {
        switch (area) {
            case "cpu" -> cpu();
            case "memory" -> memory();
            case "storage" -> storage();
            default -> network();
        }
        TroubleshootReport r = new TroubleshootReport();
        r.area = area;
        r.timestamp = s.timestamp;
        r.findings = findings;
        r.data = data;
        r.absent = absent;
        r.status = findings.stream().anyMatch(x -> x.severity.equals("critical")) ? "critical"
                : findings.stream().anyMatch(x -> x.severity.equals("warning")) ? "warning" : "ok";
        return r;
    }

    private void cpu() throws InterruptedException {
        figures("cpu_usage_percent", "cpu_core_max_percent", "cpu_iowait_percent", "cpu_steal_percent",
                "cpu_pressure_percent", "load_1m", "load_5m", "process_cpu_percent", "cpu_frequency_mhz");
        data.put("cpus", f.cpus());
        data.put("per_core_percent", s.details.get("cpu_per_core_percent"));
        Map<String, Object> threads = ThreadSampler.sample(500, 8);
        data.put("threads", threads);
        absentFor("cpu_frequency", "temperature");
        double usage = w.mean("cpu_usage_percent", 0);
        double core = w.mean("cpu_core_max_percent", 0);
        if (usage >= 90) {
            add("critical", "CPU saturated", String.format("all CPUs together are %.0f %% busy", usage),
                    ev("cpu_usage_percent", usage, "%", ">=", 90.0));
        } else if (core >= 95 && usage < 70) {
            add("warning", "one CPU saturated while others idle",
                    "a single thread limits throughput: see threads.top_tasks", ev("cpu_core_max_percent", core, "%", ">=", 95.0));
        }
        Object top = ((List<?>) threads.get("top_tasks")).stream().findFirst().orElse(null);
        if (top instanceof Map<?, ?> t && ((Number) t.get("cpu_percent_of_one_core")).doubleValue() >= 80) {
            add("warning", "thread " + t.get("name") + " keeps a core busy", "it used "
                    + Math.round(((Number) t.get("cpu_percent_of_one_core")).doubleValue()) + " % of one core in the sample",
                    ev("thread_cpu_percent", ((Number) t.get("cpu_percent_of_one_core")).doubleValue(), "%", ">=", 80.0));
        }
        threshold("cpu_steal_percent", 10, "warning", "the hypervisor takes CPU time",
                "this virtual machine waits for its host's CPUs");
        threshold("cpu_pressure_percent", 20, "warning", "tasks wait for a CPU", "PSI: runnable tasks were delayed");
        double load = w.mean("load_1m", 0);
        if (load > 2.0 * f.cpus()) {
            add("warning", "load above twice the CPUs", String.format("load %.2f on %d CPUs", load, f.cpus()),
                    ev("load_1m", load, null, ">", 2.0 * f.cpus()));
        }
    }

    private void memory() {
        figures("memory_usage_percent", "memory_available_mb", "swap_used_mb", "memory_pressure_percent",
                "memory_fragmentation_percent", "heap_used_mb", "heap_used_percent", "heap_after_gc_mb",
                "gc_time_percent", "gc_pause_max_ms", "allocation_mb_per_second", "direct_memory_mb", "process_rss_mb");
        data.put("heap_max_mb", f.heapMaxBytes() / 1048576.0);
        data.put("buffer_pools", s.details.get("buffer_pools"));
        threshold("memory_usage_percent", 90, "critical", "memory nearly exhausted", "little memory is available");
        threshold("memory_pressure_percent", 10, "warning", "tasks wait for memory", "PSI: reclaim delays work");
        threshold("gc_time_percent", 5, "warning", "GC pressure", "the JVM spends a notable share of time collecting");
        threshold("gc_pause_max_ms", 100, "warning", "long GC pauses", "a pause this long stalls the video threads");
        threshold("memory_fragmentation_percent", 90, "info", "free memory is fragmented",
                "few free 2 MiB blocks: large contiguous (DMA) buffers may fail to allocate");
        leak();
        counterFinding("rotordream_buffer_pool_exhausted_total", "warning", "buffer pools ran dry",
                "requests for a pooled buffer were refused");
    }

    /** Live heap rising steadily over the last hour is what a leak looks like. */
    private void leak() {
        if (history == null || !history.series().contains("heap_after_gc_mb")) {
            absent.add("heap_trend: no recorded heap-after-GC history yet");
            return;
        }
        TrendResult t = history.trends(Duration.ofHours(1), Duration.ofMinutes(1), List.of("heap_after_gc_mb"));
        List<TrendResult.Point> points = t.series.get(0).points;
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i).timestamp.getEpochSecond();
            y[i] = points.get(i).avg == null ? Double.NaN : points.get(i).avg;
        }
        Trend trend = Trend.fit(x, y);
        double perHour = trend.slopePerSecond() * 3600;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("points", trend.n());
        m.put("slope_mb_per_hour", perHour);
        m.put("r_squared", trend.r2());
        data.put("heap_after_gc_trend", m);
        double maxMb = f.heapMaxBytes() / 1048576.0;
        if (trend.n() >= 30 && trend.r2() >= 0.6 && perHour > 0.01 * maxMb) {
            Double now = w.mean("heap_after_gc_mb");
            double hours = now == null ? Double.NaN : (maxMb - now) / perHour;
            add("warning", "leak suspected: the live heap keeps growing", String.format(
                    "heap after GC grows %.1f MiB/h (R² %.2f over %d min); the maximum is reached in about %.1f h",
                    perHour, trend.r2(), trend.n(), hours), ev("slope_mb_per_hour", perHour, "MiB/h", ">", 0.01 * maxMb));
        }
    }

    private void storage() {
        figures("storage_io_mbps", "storage_iops", "storage_await_ms", "storage_util_percent", "cpu_iowait_percent",
                "io_pressure_percent");
        data.put("devices", s.details.get("storage_devices"));
        absentFor("disk_errors", "storage");
        threshold("storage_util_percent", 80, "warning", "disk busy", "the busiest device is nearly always busy");
        threshold("storage_await_ms", 50, "warning", "slow I/O", "each I/O waits long");
        threshold("io_pressure_percent", 20, "warning", "tasks wait for I/O", "PSI: I/O delays work");
        counterFinding("rotordream_disk_io_errors_total", "critical", "disk I/O errors", "the device reported errors");
        try {
            FileStore store = Files.getFileStore(dataDir);
            double free = 100.0 * store.getUsableSpace() / store.getTotalSpace();
            data.put("data_directory", Map.of("path", dataDir.toString(), "usable_bytes", store.getUsableSpace(),
                    "total_bytes", store.getTotalSpace(), "free_percent", free));
            if (free < 10) {
                add(free < 3 ? "critical" : "warning", "data directory nearly full",
                        String.format("%.1f %% free on %s", free, store.name()), ev("free_percent", free, "%", "<", 10.0));
            }
        } catch (IOException e) {
            absent.add("data_directory: " + e.getMessage());
        }
    }

    private void network() {
        figures("network_rx_megabits_per_second", "network_tx_megabits_per_second", "network_errors_per_second",
                "udp_buffer_errors_per_second", "tcp_retransmits_per_second", "stream_loss_percent", "stream_jitter_ms",
                "network_latency_ms", "streaming_clients");
        data.put("interfaces", s.details.get("network_interfaces"));
        data.put("clients", s.details.get("streaming_clients"));
        data.put("socket_buffers", Map.of("net.core.rmem_max", f.rmemMax(), "net.core.wmem_max", f.wmemMax()));
        absentFor("streaming", "network_latency_ms");
        threshold("network_errors_per_second", 0, "warning", "interface errors or drops now", "the NIC drops or errs");
        threshold("udp_buffer_errors_per_second", 0, "warning", "UDP socket buffer overflows now",
                "datagrams are dropped because a socket buffer is full");
        threshold("stream_loss_percent", 2, "warning", "clients lose packets", "the worst client reports loss");
        counterFinding("rotordream_udp_receive_buffer_errors_total", "info", "UDP receive buffer overflows since boot", null);
        counterFinding("rotordream_udp_send_buffer_errors_total", "info", "UDP send buffer overflows since boot", null);
        counterFinding("rotordream_network_receive_drops_total", "info", "receive drops since boot", null);
        counterFinding("rotordream_network_transmit_errors_total", "info", "transmit errors since boot", null);
        counterFinding("rotordream_tcp_listen_overflows_total", "info", "TCP accept queue overflows since boot", null);
    }

    private void figures(String... names) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String n : names) {
            Double v = w.mean(n);
            if (v != null) {
                m.put(n, v);
            }
        }
        data.put("figures", m);
    }

    private void absentFor(String... keys) {
        for (String k : keys) {
            String why = s.absent.get(k);
            if (why != null) {
                absent.add(k + ": " + why);
            }
        }
    }

    private void threshold(String figure, double limit, String severity, String title, String detail) {
        Double v = w.mean(figure);
        if (v != null && v > limit) {
            add(severity, title, detail, ev(figure, v, null, ">", limit));
        }
    }

    /** A counter that is not zero, with its rate now when it is still growing. */
    private void counterFinding(String family, String severity, String title, String detail) {
        MetricFamily fam = s.family(family);
        if (fam == null) {
            return;
        }
        for (MetricSample x : fam.samples) {
            if (x.value > 0) {
                boolean growing = x.rate > 0;
                add(growing && severity.equals("info") ? "warning" : severity, title + (x.labels.isEmpty() ? "" : " " + x.labels),
                        detail == null ? (growing ? "still growing" : "not growing now") : detail,
                        List.of(new Evidence(family, x.value, null, ">", 0.0, growing ? "rate " + x.rate + "/s" : null)));
            }
        }
    }

    private void add(String severity, String title, String detail, List<Evidence> evidence) {
        findings.add(new Finding(severity, title, detail, evidence));
    }

    private static List<Evidence> ev(String metric, double value, String unit, String cmp, Double limit) {
        return List.of(new Evidence(metric, value, unit, cmp, limit, null));
    }
}
