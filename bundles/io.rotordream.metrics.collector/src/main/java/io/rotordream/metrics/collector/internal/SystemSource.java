package io.rotordream.metrics.collector.internal;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import io.rotordream.metrics.api.MetricSink;
import io.rotordream.metrics.api.MetricSource;

/** CPU, load, memory, fragmentation, paging and pressure stall information from /proc. */
@Component(service = MetricSource.class, property = MetricSource.NAME + "=system")
public final class SystemSource implements MetricSource {

    /** Orders whose fragmentation is reported: 64 KiB blocks and 2 MiB blocks (huge pages, large DMA buffers). */
    static final int[] FRAGMENTATION_ORDERS = { 4, 9 };

    private final ProcFs fs;
    private List<CpuTimes> previousCpu;
    private Map<String, Long> previousVm;
    private long previousNanos;

    public SystemSource() {
        this(ProcFs.real());
    }

    SystemSource(ProcFs fs) {
        this.fs = fs;
    }

    @Override
    public synchronized void collect(MetricSink sink) {
        long now = System.nanoTime();
        double seconds = previousNanos == 0 ? 0 : (now - previousNanos) / 1e9;
        previousNanos = now;
        cpu(sink);
        load(sink);
        memory(sink);
        vm(sink, seconds);
        pressure(sink);
    }

    private void cpu(MetricSink sink) {
        List<CpuTimes> cpus = CpuTimes.parse(fs.procText("stat"));
        if (cpus.isEmpty()) {
            sink.absent("cpu", "/proc/stat is not readable");
            return;
        }
        sink.gauge("rotordream_cpus", "Online CPUs.", cpus.size() - 1);
        for (CpuTimes c : cpus.subList(1, cpus.size())) {
            long[] ticks = c.byMode();
            for (int m = 0; m < ticks.length; m++) {
                sink.counter("rotordream_cpu_seconds_total", "Time each CPU spent in each mode (/proc/stat).",
                        ticks[m] / CpuTimes.TICKS_PER_SECOND, "cpu", c.cpu().substring(3), "mode", CpuTimes.MODES[m]);
            }
        }
        if (previousCpu != null && previousCpu.size() == cpus.size()) {
            CpuTimes all = cpus.get(0);
            CpuTimes before = previousCpu.get(0);
            double usage = all.usageSince(before);
            if (!Double.isNaN(usage)) {
                sink.gauge("rotordream_cpu_usage_ratio", "Busy share of all CPUs over the last interval.", usage);
                sink.figure("cpu_usage_percent", usage * 100);
                sink.figure("cpu_iowait_percent", all.shareSince(before, 4) * 100);
                sink.figure("cpu_steal_percent", all.shareSince(before, 7) * 100);
            }
            double max = 0;
            double[] perCore = new double[cpus.size() - 1];
            for (int i = 1; i < cpus.size(); i++) {
                double u = cpus.get(i).usageSince(previousCpu.get(i));
                perCore[i - 1] = u * 100;
                if (!Double.isNaN(u)) {
                    sink.gauge("rotordream_cpu_core_usage_ratio", "Busy share of each CPU over the last interval.", u,
                            "cpu", cpus.get(i).cpu().substring(3));
                    max = Math.max(max, u);
                }
            }
            sink.figure("cpu_core_max_percent", max * 100);
            sink.detail("cpu_per_core_percent", perCore);
        }
        previousCpu = cpus;
    }

    private void load(MetricSink sink) {
        String text = fs.procText("loadavg");
        if (text == null) {
            sink.absent("load", "/proc/loadavg is not readable");
            return;
        }
        String[] f = text.trim().split("\\s+");
        String[] names = { "1m", "5m", "15m" };
        String[] metric = { "rotordream_load1", "rotordream_load5", "rotordream_load15" };
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(f[i]);
            sink.gauge(metric[i], "Load average over " + names[i] + " (/proc/loadavg).", v);
            sink.figure("load_" + names[i], v);
        }
    }

    private void memory(MetricSink sink) {
        Map<String, Long> m = KeyValues.meminfo(fs.procText("meminfo"));
        Long total = m.get("MemTotal");
        Long available = m.get("MemAvailable");
        if (total == null || available == null || total == 0) {
            sink.absent("memory", "/proc/meminfo has no MemTotal/MemAvailable");
            return;
        }
        String help = "Memory from /proc/meminfo.";
        sink.gauge("rotordream_memory_total_bytes", help, total);
        sink.gauge("rotordream_memory_available_bytes", help, available);
        for (String[] k : new String[][] { { "MemFree", "free" }, { "Cached", "cached" }, { "Buffers", "buffers" },
                { "Dirty", "dirty" } }) {
            Long v = m.get(k[0]);
            if (v != null) {
                sink.gauge("rotordream_memory_" + k[1] + "_bytes", help, v);
            }
        }
        long swapTotal = m.getOrDefault("SwapTotal", 0L);
        long swapUsed = swapTotal - m.getOrDefault("SwapFree", 0L);
        sink.gauge("rotordream_memory_swap_total_bytes", help, swapTotal);
        sink.gauge("rotordream_memory_swap_used_bytes", help, swapUsed);
        double usage = (double) (total - available) / total;
        sink.gauge("rotordream_memory_usage_ratio", "Share of memory not available to new work (1 - MemAvailable/MemTotal).",
                usage);
        sink.figure("memory_usage_percent", usage * 100);
        sink.figure("memory_available_mb", available / 1048576.0);
        sink.figure("swap_used_mb", swapUsed / 1048576.0);
        buddy(sink);
    }

    private void buddy(MetricSink sink) {
        List<BuddyInfo> zones = BuddyInfo.parse(fs.procText("buddyinfo"));
        if (zones.isEmpty()) {
            sink.absent("memory_fragmentation", "/proc/buddyinfo is not readable");
            return;
        }
        long free = 0;
        long unusable9 = 0;
        for (BuddyInfo z : zones) {
            for (int order = 0; order < z.freeBlocks().length; order++) {
                sink.gauge("rotordream_memory_free_blocks", "Free blocks of 2^order pages per zone (/proc/buddyinfo).",
                        z.freeBlocks()[order], "node", z.node(), "zone", z.zone(), "order", Integer.toString(order));
            }
            for (int order : FRAGMENTATION_ORDERS) {
                double idx = z.unusableIndex(order);
                if (!Double.isNaN(idx)) {
                    sink.gauge("rotordream_memory_fragmentation_ratio",
                            "Unusable free space index: share of free memory in blocks smaller than 2^order pages.",
                            idx, "node", z.node(), "zone", z.zone(), "order", Integer.toString(order));
                }
            }
            long zoneFree = z.freePages();
            free += zoneFree;
            unusable9 += Math.round(Double.isNaN(z.unusableIndex(9)) ? 0 : z.unusableIndex(9) * zoneFree);
        }
        if (free > 0) {
            sink.figure("memory_fragmentation_percent", 100.0 * unusable9 / free);
        }
    }

    private void vm(MetricSink sink, double seconds) {
        Map<String, Long> vm = KeyValues.spaced(fs.procText("vmstat"));
        if (vm.isEmpty()) {
            sink.absent("paging", "/proc/vmstat is not readable");
            return;
        }
        String help = "Paging events from /proc/vmstat.";
        counter(sink, vm, "pgmajfault", "rotordream_vm_major_page_faults_total", help);
        counter(sink, vm, "pswpin", "rotordream_vm_swapped_in_pages_total", help);
        counter(sink, vm, "pswpout", "rotordream_vm_swapped_out_pages_total", help);
        counter(sink, vm, "oom_kill", "rotordream_vm_oom_kills_total", help);
        if (previousVm != null && seconds > 0) {
            sink.figure("major_faults_per_second", delta(vm, previousVm, "pgmajfault") / seconds);
            sink.figure("swap_pages_per_second",
                    (delta(vm, previousVm, "pswpin") + delta(vm, previousVm, "pswpout")) / seconds);
        }
        previousVm = vm;
    }

    private static void counter(MetricSink sink, Map<String, Long> vm, String key, String name, String help) {
        Long v = vm.get(key);
        if (v != null) {
            sink.counter(name, help, v);
        }
    }

    private static double delta(Map<String, Long> now, Map<String, Long> before, String key) {
        return Math.max(0, now.getOrDefault(key, 0L) - before.getOrDefault(key, 0L));
    }

    private void pressure(MetricSink sink) {
        for (String resource : new String[] { "cpu", "memory", "io" }) {
            Map<String, Double> p = KeyValues.pressure(fs.procText("pressure/" + resource));
            if (p.isEmpty()) {
                sink.absent("pressure_" + resource, "/proc/pressure/" + resource
                        + " is missing (kernel without PSI, or psi=0)");
                continue;
            }
            for (String kind : new String[] { "some", "full" }) {
                Double avg10 = p.get(kind + ".avg10");
                Double total = p.get(kind + ".total");
                if (avg10 != null) {
                    sink.gauge("rotordream_pressure_stalled_ratio",
                            "Share of the last 10 s in which some (or all) tasks stalled on the resource (PSI avg10).",
                            avg10 / 100, "resource", resource, "kind", kind);
                }
                if (total != null) {
                    sink.counter("rotordream_pressure_stalled_seconds_total", "Stall time from PSI.", total / 1e6,
                            "resource", resource, "kind", kind);
                }
            }
            Double some = p.get("some.avg10");
            if (some != null) {
                sink.figure(resource + "_pressure_percent", some);
            }
        }
    }
}
