package io.rotordream.metrics.analysis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.rotordream.metrics.api.analysis.Bottleneck;
import io.rotordream.metrics.api.analysis.Evidence;

/**
 * Which stage limits the device, from averaged key figures. Each rule compares measurements with
 * limits stated here, and its score says how far past them they are (0..1), so stages can be ranked.
 */
final class BottleneckRules {

    static final double CAPTURE_SHORTFALL = 0.9;      // capture below 90 % of the configured rate
    static final double QUEUE_FULL_PERCENT = 75;
    static final double ENCODE_BUDGET_SHARE = 0.9;     // p95 encode time above 90 % of a frame interval
    static final double CPU_BUSY_PERCENT = 85;
    static final double CORE_SATURATED_PERCENT = 95;
    static final double PRESSURE_PERCENT = 20;
    static final double STEAL_PERCENT = 10;
    static final double LOSS_PERCENT = 2;
    static final double DISK_UTIL_PERCENT = 80;
    static final double DISK_AWAIT_MS = 50;
    static final double IOWAIT_PERCENT = 20;
    static final double MEMORY_USED_PERCENT = 90;
    static final double MEMORY_PRESSURE_PERCENT = 10;
    static final double GC_TIME_PERCENT = 5;
    static final double GC_PAUSE_MS = 100;
    static final double HEAP_AFTER_GC_SHARE = 0.85;

    private final Window w;
    private final Facts f;
    final List<String> notJudged = new ArrayList<>();

    BottleneckRules(Window w, Facts f) {
        this.w = w;
        this.f = f;
    }

    List<Bottleneck> evaluate() {
        List<Bottleneck> out = new ArrayList<>();
        if (w.has("capture_fps")) {
            add(out, capture());
            add(out, encode());
        } else {
            notJudged.add("capture_bound, encode_cpu_bound: no video pipeline is measured");
        }
        add(out, cpuContention());
        if (w.has("streaming_clients") || w.has("udp_buffer_errors_per_second")) {
            add(out, network());
        } else {
            notJudged.add("network_bound: neither stream clients nor network counters are measured");
        }
        add(out, storage());
        add(out, memory());
        add(out, gc());
        out.sort(Comparator.comparingDouble((Bottleneck b) -> b.score).reversed());
        return out;
    }

    private static void add(List<Bottleneck> out, Bottleneck b) {
        if (b != null) {
            out.add(b);
        }
    }

    /** How far past its limit a value is, 0..1 (twice the limit or more is 1). */
    static double over(double value, double limit, boolean above) {
        if (limit == 0) {
            return value > 0 == above ? 1 : 0;
        }
        double r = above ? value / limit - 1 : 1 - value / limit;
        return Math.max(0, Math.min(1, r));
    }

    private Bottleneck capture() {
        double target = f.targetFps();
        double fps = w.mean("capture_fps", 0);
        if (Double.isNaN(target) || fps >= target * CAPTURE_SHORTFALL) {
            return null;
        }
        double queue = w.mean("encode_queue_fill_percent", 0);
        if (queue >= QUEUE_FULL_PERCENT) {
            return null; // the encoder is behind: capture is not what limits
        }
        List<Evidence> e = new ArrayList<>();
        e.add(new Evidence("capture_fps", fps, "fps", "<", target * CAPTURE_SHORTFALL, "configured frame_rate " + target));
        e.add(new Evidence("encode_queue_fill_percent", queue, "%", "<", QUEUE_FULL_PERCENT, "the encoder keeps up"));
        long sensor = f.dropsByReason().getOrDefault("sensor", 0L) + f.dropsByReason().getOrDefault("no_buffer", 0L);
        if (sensor > 0) {
            e.add(new Evidence("video_dropped_frames{reason=sensor|no_buffer}", (double) sensor, "frames", null, null, "since start"));
        }
        addIf(e, "frame_pool_use_percent", "%");
        return bottleneck("capture_bound", 0.3 + 0.7 * (1 - fps / target),
                String.format("capture delivers %.1f of %.1f fps while the encoder waits", fps, target), e);
    }

    private Bottleneck encode() {
        double target = f.targetFps();
        double budget = Double.isNaN(target) || target <= 0 ? Double.NaN : 1000 / target;
        double p95 = w.mean("encoding_time_p95_ms", 0);
        double queue = w.mean("encode_queue_fill_percent", 0);
        double drops = w.mean("video_drops_per_second", 0);
        double cpu = w.mean("cpu_usage_percent", 0);
        double slow = Double.isNaN(budget) ? 0 : over(p95, budget * ENCODE_BUDGET_SHARE, true);
        double backlog = queue >= QUEUE_FULL_PERCENT ? 0.5 + 0.5 * over(queue, QUEUE_FULL_PERCENT, true) : 0;
        double dropping = drops > 0 && queue >= QUEUE_FULL_PERCENT / 2 ? 0.5 : 0;
        double score = Math.max(slow, Math.max(backlog, dropping));
        if (score <= 0) {
            return null;
        }
        if (cpu >= CPU_BUSY_PERCENT || w.mean("cpu_core_max_percent", 0) >= CORE_SATURATED_PERCENT) {
            score = Math.min(1, score + 0.2);
        }
        List<Evidence> e = new ArrayList<>();
        e.add(new Evidence("encoding_time_p95_ms", p95, "ms", ">", budget * ENCODE_BUDGET_SHARE,
                "a frame interval at the configured rate is " + (Double.isNaN(budget) ? "unknown" : String.format("%.1f ms", budget))));
        e.add(new Evidence("encode_queue_fill_percent", queue, "%", ">=", QUEUE_FULL_PERCENT, null));
        e.add(new Evidence("video_drops_per_second", drops, "1/s", ">", 0.0, null));
        e.add(new Evidence("cpu_usage_percent", cpu, "%", ">=", CPU_BUSY_PERCENT, null));
        addIf(e, "cpu_core_max_percent", "%");
        addIf(e, "encode_fps", "fps");
        return bottleneck("encode_cpu_bound", score, String.format(
                "the encoder needs %.1f ms (p95) per frame and its queue is %.0f %% full", p95, queue), e);
    }

    private Bottleneck cpuContention() {
        double pressure = w.mean("cpu_pressure_percent", 0);
        double steal = w.mean("cpu_steal_percent", 0);
        double load = w.mean("load_1m", 0);
        double score = Math.max(over(pressure, PRESSURE_PERCENT, true) * 0.5 + (pressure > PRESSURE_PERCENT ? 0.3 : 0),
                Math.max(over(steal, STEAL_PERCENT, true) * 0.5 + (steal > STEAL_PERCENT ? 0.3 : 0),
                        load > 2.0 * f.cpus() ? 0.3 + 0.5 * over(load, 2.0 * f.cpus(), true) : 0));
        if (score <= 0) {
            return null;
        }
        List<Evidence> e = new ArrayList<>();
        e.add(new Evidence("cpu_pressure_percent", pressure, "%", ">", PRESSURE_PERCENT, "PSI some avg10: runnable tasks waiting for a CPU"));
        e.add(new Evidence("cpu_steal_percent", steal, "%", ">", STEAL_PERCENT, "time the hypervisor gave to others"));
        e.add(new Evidence("load_1m", load, null, ">", 2.0 * f.cpus(), f.cpus() + " CPUs"));
        return bottleneck("cpu_contention", score, "tasks wait for a CPU: the machine has more work than CPUs", e);
    }

    private Bottleneck network() {
        double loss = w.mean("stream_loss_percent", 0);
        double udp = w.mean("udp_buffer_errors_per_second", 0);
        double errors = w.mean("network_errors_per_second", 0);
        double clientDrops = w.mean("stream_client_drops", 0);
        double score = Math.max(over(loss, LOSS_PERCENT, true) + (loss > LOSS_PERCENT ? 0.3 : 0),
                Math.max(udp > 0 ? 0.6 : 0, Math.max(errors > 0 ? 0.4 : 0, clientDrops > 0 ? 0.4 : 0)));
        if (score <= 0) {
            return null;
        }
        List<Evidence> e = new ArrayList<>();
        e.add(new Evidence("stream_loss_percent", loss, "%", ">", LOSS_PERCENT, "worst client's RTCP loss fraction"));
        e.add(new Evidence("udp_buffer_errors_per_second", udp, "1/s", ">", 0.0, "socket buffers full"));
        e.add(new Evidence("network_errors_per_second", errors, "1/s", ">", 0.0, "interface errors and drops"));
        e.add(new Evidence("stream_client_drops", clientDrops, "units", ">", 0.0, "dropped for clients that fall behind"));
        addIf(e, "network_tx_megabits_per_second", "Mbit/s");
        return bottleneck("network_bound", Math.min(1, score), "the network path loses or refuses what is sent", e);
    }

    private Bottleneck storage() {
        double util = w.mean("storage_util_percent", 0);
        double await = w.mean("storage_await_ms", 0);
        double iowait = w.mean("cpu_iowait_percent", 0);
        double pressure = w.mean("io_pressure_percent", 0);
        double score = Math.max(Math.max(util >= DISK_UTIL_PERCENT ? 0.4 + over(util, DISK_UTIL_PERCENT, true) : 0,
                await >= DISK_AWAIT_MS ? 0.4 + 0.6 * over(await, DISK_AWAIT_MS, true) : 0),
                Math.max(iowait >= IOWAIT_PERCENT ? 0.4 : 0, pressure >= PRESSURE_PERCENT ? 0.5 : 0));
        if (score <= 0) {
            return null;
        }
        List<Evidence> e = new ArrayList<>();
        e.add(new Evidence("storage_util_percent", util, "%", ">=", DISK_UTIL_PERCENT, "busiest device"));
        e.add(new Evidence("storage_await_ms", await, "ms", ">=", DISK_AWAIT_MS, "mean time per I/O"));
        e.add(new Evidence("cpu_iowait_percent", iowait, "%", ">=", IOWAIT_PERCENT, null));
        e.add(new Evidence("io_pressure_percent", pressure, "%", ">=", PRESSURE_PERCENT, "PSI some avg10"));
        addIf(e, "storage_io_mbps", "MB/s");
        return bottleneck("storage_bound", Math.min(1, score), "tasks wait for the disk", e);
    }

    private Bottleneck memory() {
        double used = w.mean("memory_usage_percent", 0);
        double pressure = w.mean("memory_pressure_percent", 0);
        double swap = w.mean("swap_pages_per_second", 0);
        double score = Math.max(used >= MEMORY_USED_PERCENT ? 0.4 + 4 * over(used, MEMORY_USED_PERCENT, true) : 0,
                Math.max(pressure >= MEMORY_PRESSURE_PERCENT ? 0.6 : 0, swap > 0 ? 0.5 : 0));
        if (score <= 0) {
            return null;
        }
        List<Evidence> e = new ArrayList<>();
        e.add(new Evidence("memory_usage_percent", used, "%", ">=", MEMORY_USED_PERCENT, null));
        e.add(new Evidence("memory_pressure_percent", pressure, "%", ">=", MEMORY_PRESSURE_PERCENT, "PSI some avg10"));
        e.add(new Evidence("swap_pages_per_second", swap, "pages/s", ">", 0.0, null));
        addIf(e, "major_faults_per_second", "1/s");
        return bottleneck("memory_pressure", Math.min(1, score), "the machine is short of memory", e);
    }

    private Bottleneck gc() {
        double time = w.mean("gc_time_percent", 0);
        Double pause = w.max("gc_pause_max_ms");
        Double afterGc = w.mean("heap_after_gc_mb");
        double share = afterGc == null || f.heapMaxBytes() <= 0 ? 0 : afterGc * 1048576 / f.heapMaxBytes();
        double score = Math.max(time >= GC_TIME_PERCENT ? 0.4 + over(time, GC_TIME_PERCENT, true) * 0.6 : 0,
                Math.max(pause != null && pause >= GC_PAUSE_MS ? 0.5 : 0, share >= HEAP_AFTER_GC_SHARE ? 0.6 : 0));
        if (score <= 0) {
            return null;
        }
        List<Evidence> e = new ArrayList<>();
        e.add(new Evidence("gc_time_percent", time, "%", ">=", GC_TIME_PERCENT, "share of wall time collecting"));
        e.add(new Evidence("gc_pause_max_ms", pause, "ms", ">=", GC_PAUSE_MS, "longest pause in the window"));
        e.add(new Evidence("heap_after_gc_share", share * 100, "%", ">=", HEAP_AFTER_GC_SHARE * 100, "live heap of the maximum"));
        return bottleneck("gc_pressure", Math.min(1, score), "the JVM spends its time collecting garbage", e);
    }

    private void addIf(List<Evidence> e, String figure, String unit) {
        Double v = w.mean(figure);
        if (v != null) {
            e.add(Evidence.of(figure, v, unit));
        }
    }

    static Bottleneck bottleneck(String stage, double score, String summary, List<Evidence> evidence) {
        Bottleneck b = new Bottleneck();
        b.stage = stage;
        b.score = Math.round(Math.max(0, Math.min(1, score)) * 100) / 100.0;
        b.severity = b.score >= 0.66 ? "high" : b.score >= 0.33 ? "medium" : "low";
        b.summary = summary;
        b.evidence = evidence;
        return b;
    }
}
