package io.rotordream.metrics.collector.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of /proc/diskstats (Documentation/admin-guide/iostats.rst): sectors are 512 bytes
 * whatever the device's block size; times are milliseconds.
 */
record DiskStats(String device, long reads, long readSectors, long readMs, long writes, long writtenSectors,
        long writeMs, long inFlight, long ioMs, long weightedIoMs) {

    static final int SECTOR_BYTES = 512;

    static List<DiskStats> parse(String text) {
        List<DiskStats> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 14) {
                continue;
            }
            // major minor name | reads merged sectors ms | writes merged sectors ms | inflight io_ms weighted_ms
            out.add(new DiskStats(f[2], Long.parseLong(f[3]), Long.parseLong(f[5]), Long.parseLong(f[6]),
                    Long.parseLong(f[7]), Long.parseLong(f[9]), Long.parseLong(f[10]), Long.parseLong(f[11]),
                    Long.parseLong(f[12]), Long.parseLong(f[13])));
        }
        return out;
    }
}
