package io.rotordream.metrics.collector.internal;

import java.util.ArrayList;
import java.util.List;

/** One interface of /proc/net/dev. */
record NetDev(String iface, long rxBytes, long rxPackets, long rxErrors, long rxDrops, long txBytes, long txPackets,
        long txErrors, long txDrops) {

    static List<NetDev> parse(String text) {
        List<NetDev> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0 || line.contains("|")) {
                continue;
            }
            String[] f = line.substring(colon + 1).trim().split("\\s+");
            if (f.length < 12) {
                continue;
            }
            out.add(new NetDev(line.substring(0, colon).trim(), Long.parseLong(f[0]), Long.parseLong(f[1]),
                    Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[8]), Long.parseLong(f[9]),
                    Long.parseLong(f[10]), Long.parseLong(f[11])));
        }
        return out;
    }
}
