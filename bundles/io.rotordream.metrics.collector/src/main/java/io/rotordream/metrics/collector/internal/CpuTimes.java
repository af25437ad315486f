package io.rotordream.metrics.collector.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The cpu lines of /proc/stat in clock ticks (USER_HZ, 100 on Linux for every architecture we run
 * on): user nice system idle iowait irq softirq steal. guest and guest_nice are already counted
 * in user and nice, so they are not added again.
 */
record CpuTimes(String cpu, long user, long nice, long system, long idle, long iowait, long irq, long softirq,
        long steal) {

    static final double TICKS_PER_SECOND = 100.0;
    static final String[] MODES = { "user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal" };

    long total() {
        return user + nice + system + idle + iowait + irq + softirq + steal;
    }

    long busy() {
        return user + nice + system + irq + softirq + steal;
    }

    long[] byMode() {
        return new long[] { user, nice, system, idle, iowait, irq, softirq, steal };
    }

    /** Busy share of the time between {@code before} and this reading, 0..1; NaN when no tick passed. */
    double usageSince(CpuTimes before) {
        long dt = total() - before.total();
        if (dt <= 0) {
            return Double.NaN;
        }
        return Math.max(0, Math.min(1, (double) (busy() - before.busy()) / dt));
    }

    /** Share of one mode since {@code before}, 0..1. */
    double shareSince(CpuTimes before, int mode) {
        long dt = total() - before.total();
        return dt <= 0 ? Double.NaN : (double) (byMode()[mode] - before.byMode()[mode]) / dt;
    }

    /** The aggregate line first ("cpu"), then one per core ("cpu0", ...). */
    static List<CpuTimes> parse(String procStat) {
        List<CpuTimes> out = new ArrayList<>();
        if (procStat == null) {
            return out;
        }
        for (String line : procStat.split("\n")) {
            if (!line.startsWith("cpu")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            long[] v = new long[8];
            for (int i = 0; i < 8 && i + 1 < f.length; i++) {
                v[i] = Long.parseLong(f[i + 1]);
            }
            out.add(new CpuTimes(f[0], v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]));
        }
        return out;
    }
}
