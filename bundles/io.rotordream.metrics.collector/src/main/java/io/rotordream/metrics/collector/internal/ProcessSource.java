package io.rotordream.metrics.collector.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;

import io.rotordream.metrics.api.MetricSink;
import io.rotordream.metrics.api.MetricSource;

/** The appliance's own process from /proc/self: CPU time, resident memory, threads, open files. */
@Component(service = MetricSource.class, property = MetricSource.NAME + "=process")
public final class ProcessSource implements MetricSource {

    private final ProcFs fs;
    private double previousCpu = -1;
    private long previousNanos;

    public ProcessSource() {
        this(ProcFs.real());
    }

    ProcessSource(ProcFs fs) {
        this.fs = fs;
    }

    @Override
    public synchronized void collect(MetricSink sink) {
        String stat = fs.procText("self/stat");
        if (stat == null) {
            sink.absent("process", "/proc/self/stat is not readable");
            return;
        }
        double cpu = cpuSeconds(stat);
        sink.counter("rotordream_process_cpu_seconds_total", "User and system CPU time of the appliance process.", cpu);
        long now = System.nanoTime();
        if (previousCpu >= 0 && now > previousNanos) {
            sink.figure("process_cpu_percent", 100 * (cpu - previousCpu) / ((now - previousNanos) / 1e9));
        }
        previousCpu = cpu;
        previousNanos = now;
        Map<String, Long> status = KeyValues.meminfo(fs.procText("self/status"));
        Long rss = status.get("VmRSS");
        if (rss != null) {
            sink.gauge("rotordream_process_resident_memory_bytes", "Resident set size of the appliance process.", rss);
            sink.figure("process_rss_mb", rss / 1048576.0);
        }
        Long vsz = status.get("VmSize");
        if (vsz != null) {
            sink.gauge("rotordream_process_virtual_memory_bytes", "Virtual memory size of the appliance process.", vsz);
        }
        Long threads = status.get("Threads");
        if (threads != null) {
            sink.gauge("rotordream_process_threads", "Threads of the process, native ones included.", threads);
        }
        int fds = ProcFs.list(fs.proc("self/fd")).size();
        if (fds > 0) {
            sink.gauge("rotordream_process_open_fds", "Open file descriptors of the process.", fds);
            sink.figure("process_open_fds", fds);
        }
    }

    /** utime + stime of /proc/[pid]/stat (fields 14 and 15, counted after the parenthesised name). */
    static double cpuSeconds(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / CpuTimes.TICKS_PER_SECOND;
    }
}
