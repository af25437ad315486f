package io.rotordream.metrics.collector.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parsers for the simple "key value" files: /proc/meminfo, /proc/vmstat, /proc/self/status. */
final class KeyValues {

    private KeyValues() {
    }

    /**
     * /proc/meminfo: "MemTotal:  16314140 kB" to bytes (values without kB, like HugePages_Total,
     * are kept as they are).
     */
    static Map<String, Long> meminfo(String text) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String[] f = line.substring(colon + 1).trim().split("\\s+");
            try {
                long v = Long.parseLong(f[0]);
                out.put(line.substring(0, colon).trim(), f.length > 1 && f[1].equalsIgnoreCase("kB") ? v * 1024 : v);
            } catch (NumberFormatException ignored) {
                // a text field (status has Name:, State:)
            }
        }
        return out;
    }

    /** /proc/vmstat: "pgfault 12345". */
    static Map<String, Long> spaced(String text) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 2) {
                try {
                    out.put(f[0], Long.parseLong(f[1]));
                } catch (NumberFormatException ignored) {
                    // not a counter
                }
            }
        }
        return out;
    }

    /**
     * /proc/net/snmp and /proc/net/netstat: pairs of lines "Udp: InDatagrams NoPorts ..." then
     * "Udp: 52 0 ...", to "Udp.InDatagrams" keys.
     */
    static Map<String, Long> snmp(String text) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        String[] lines = text.split("\n");
        for (int i = 0; i + 1 < lines.length; i += 2) {
            String[] names = lines[i].trim().split("\\s+");
            String[] values = lines[i + 1].trim().split("\\s+");
            if (names.length != values.length || !names[0].equals(values[0])) {
                i--; // out of step (a lone line): resynchronise on the next line
                continue;
            }
            String prefix = names[0].substring(0, names[0].length() - 1);
            for (int k = 1; k < names.length; k++) {
                try {
                    out.put(prefix + "." + names[k], Long.parseLong(values[k]));
                } catch (NumberFormatException ignored) {
                    // not a number
                }
            }
        }
        return out;
    }

    /** /proc/pressure/{cpu,memory,io}: "some avg10=1.00 avg60=... total=123" to "some.avg10" etc. */
    static Map<String, Double> pressure(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            for (int i = 1; i < f.length; i++) {
                int eq = f[i].indexOf('=');
                if (eq > 0) {
                    out.put(f[0] + "." + f[i].substring(0, eq), Double.parseDouble(f[i].substring(eq + 1)));
                }
            }
        }
        return out;
    }
}
