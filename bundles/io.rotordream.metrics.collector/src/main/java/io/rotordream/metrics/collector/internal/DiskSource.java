package io.rotordream.metrics.collector.internal;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

import io.rotordream.metrics.api.MetricSink;
import io.rotordream.metrics.api.MetricSource;

/** Throughput, IOPS, latency and utilisation per whole disk from /proc/diskstats. */
@Component(service = MetricSource.class, property = MetricSource.NAME + "=disk",
        configurationPid = SystemSourcesConfig.PID)
@Designate(ocd = SystemSourcesConfig.class)
public final class DiskSource implements MetricSource {

    private final ProcFs fs;
    private volatile Pattern ignore;
    private Map<String, DiskStats> previous = new HashMap<>();
    private long previousNanos;

    @Activate
    public DiskSource(SystemSourcesConfig config) {
        this(ProcFs.real(), config.disk__ignore());
    }

    DiskSource(ProcFs fs, String ignore) {
        this.fs = fs;
        this.ignore = Pattern.compile(ignore);
    }

    @Modified
    void modified(SystemSourcesConfig config) {
        ignore = Pattern.compile(config.disk__ignore());
    }

    /** Whole disks are the entries of /sys/block; partitions would count the same I/O twice. */
    private boolean wholeDisk(String device) {
        return Files.isDirectory(fs.sys("block/" + device)) && !ignore.matcher(device).find();
    }

    @Override
    public synchronized void collect(MetricSink sink) {
        List<DiskStats> all = DiskStats.parse(fs.procText("diskstats"));
        if (all.isEmpty()) {
            sink.absent("storage", "/proc/diskstats is not readable");
            return;
        }
        long now = System.nanoTime();
        double seconds = previousNanos == 0 ? 0 : (now - previousNanos) / 1e9;
        previousNanos = now;
        Map<String, DiskStats> current = new HashMap<>();
        List<Map<String, Object>> devices = new ArrayList<>();
        double bytesPerSecond = 0;
        double iops = 0;
        double opsMs = 0;
        double ops = 0;
        double maxUtil = 0;
        List<String> withoutErrors = new ArrayList<>();
        for (DiskStats d : all) {
            if (!wholeDisk(d.device())) {
                continue;
            }
            current.put(d.device(), d);
            String dev = d.device();
            String h = "From /proc/diskstats.";
            sink.counter("rotordream_disk_read_bytes_total", h, (double) d.readSectors() * DiskStats.SECTOR_BYTES, "device", dev);
            sink.counter("rotordream_disk_written_bytes_total", h, (double) d.writtenSectors() * DiskStats.SECTOR_BYTES, "device", dev);
            sink.counter("rotordream_disk_reads_completed_total", h, d.reads(), "device", dev);
            sink.counter("rotordream_disk_writes_completed_total", h, d.writes(), "device", dev);
            sink.counter("rotordream_disk_read_time_seconds_total", h, d.readMs() / 1000.0, "device", dev);
            sink.counter("rotordream_disk_write_time_seconds_total", h, d.writeMs() / 1000.0, "device", dev);
            sink.counter("rotordream_disk_io_time_seconds_total", h, d.ioMs() / 1000.0, "device", dev);
            sink.gauge("rotordream_disk_io_now", "I/Os in progress.", d.inFlight(), "device", dev);
            errors(sink, dev, withoutErrors);
            DiskStats p = previous.get(dev);
            if (p == null || seconds <= 0) {
                continue;
            }
            double rb = (d.readSectors() - p.readSectors()) * (double) DiskStats.SECTOR_BYTES / seconds;
            double wb = (d.writtenSectors() - p.writtenSectors()) * (double) DiskStats.SECTOR_BYTES / seconds;
            double r = (d.reads() - p.reads()) / seconds;
            double w = (d.writes() - p.writes()) / seconds;
            long dOps = (d.reads() - p.reads()) + (d.writes() - p.writes());
            long dMs = (d.readMs() - p.readMs()) + (d.writeMs() - p.writeMs());
            double await = dOps > 0 ? (double) dMs / dOps : 0;
            double util = Math.min(1, (d.ioMs() - p.ioMs()) / (seconds * 1000));
            sink.gauge("rotordream_disk_utilization_ratio", "Share of the last interval the device was busy.", util, "device", dev);
            sink.gauge("rotordream_disk_await_seconds", "Mean time per completed I/O over the last interval.", await / 1000, "device", dev);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("device", dev);
            row.put("read_bytes_per_second", rb);
            row.put("write_bytes_per_second", wb);
            row.put("reads_per_second", r);
            row.put("writes_per_second", w);
            row.put("await_ms", await);
            row.put("util_percent", util * 100);
            row.put("in_flight", d.inFlight());
            devices.add(row);
            bytesPerSecond += rb + wb;
            iops += r + w;
            opsMs += dMs;
            ops += dOps;
            maxUtil = Math.max(maxUtil, util);
        }
        previous = current;
        if (current.isEmpty()) {
            sink.absent("storage", "no block device outside the ignore pattern");
            return;
        }
        if (!withoutErrors.isEmpty()) {
            sink.absent("disk_errors", "no I/O error counter for " + withoutErrors
                    + " (only SCSI devices have device/ioerr_cnt; virtio and NVMe report errors in the kernel log)");
        }
        if (seconds > 0) {
            // storage_io_mbps: megabytes (10^6 bytes) per second read plus written, as iostat's MB/s.
            sink.figure("storage_io_mbps", bytesPerSecond / 1e6);
            sink.figure("storage_iops", iops);
            sink.figure("storage_await_ms", ops > 0 ? opsMs / ops : 0);
            sink.figure("storage_util_percent", maxUtil * 100);
            sink.detail("storage_devices", devices);
        }
    }

    private void errors(MetricSink sink, String dev, List<String> withoutErrors) {
        String hex = fs.sysText("block/" + dev + "/device/ioerr_cnt");
        if (hex == null) {
            withoutErrors.add(dev);
            return;
        }
        try {
            sink.counter("rotordream_disk_io_errors_total", "I/O errors the SCSI layer counted.",
                    Long.decode(hex.trim()), "device", dev);
        } catch (NumberFormatException e) {
            withoutErrors.add(dev);
        }
    }
}
