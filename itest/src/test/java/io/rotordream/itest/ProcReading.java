package io.rotordream.itest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test's own reading of /proc, parsed here independently of the collector's parsers: total
 * and busy CPU ticks, MemTotal and MemAvailable, bytes moved by whole disks, bytes on the
 * non-loopback interfaces.
 */
record ProcReading(long nanos, long cpuTotal, long cpuBusy, long memTotal, long memAvailable) {

    static ProcReading cpuAndMemory() throws IOException {
        long nanos = System.nanoTime();
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i <= 8; i++) {
            total += Long.parseLong(cpu[i]);
        }
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
        long memTotal = 0;
        long memAvailable = 0;
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                memTotal = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("MemAvailable:")) {
                memAvailable = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return new ProcReading(nanos, total, total - idle, memTotal, memAvailable);
    }

    static long diskBytes() throws IOException {
        long bytes = 0;
        for (String line : Files.readAllLines(Path.of("/proc/diskstats"))) {
            String[] f = line.trim().split("\\s+");
            if (Files.isDirectory(Path.of("/sys/block", f[2])) && !f[2].matches("(loop|ram|zram|fd|sr)\\d*")) {
                bytes += (Long.parseLong(f[5]) + Long.parseLong(f[9])) * 512;
            }
        }
        return bytes;
    }

    static long netBytes() throws IOException {
        long bytes = 0;
        for (String line : Files.readAllLines(Path.of("/proc/net/dev"))) {
            int colon = line.indexOf(':');
            if (colon < 0 || line.contains("|")) {
                continue;
            }
            String iface = line.substring(0, colon).trim();
            if (iface.equals("lo") || iface.matches("(veth|docker|br-|virbr).*")) {
                continue;
            }
            String[] f = line.substring(colon + 1).trim().split("\\s+");
            bytes += Long.parseLong(f[0]) + Long.parseLong(f[8]);
        }
        return bytes;
    }
}
