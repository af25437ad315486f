package io.rotordream.tuner.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What the machine under the root says about itself: CPUs, cpufreq, memory, disks, NICs, load. */
final class MachineFacts {

    record Disk(String name, boolean rotational, List<String> schedulers, String scheduler, long readAheadKb) {
    }

    record Nic(String name, long speedMbit, int mtu, String operstate) {
    }

    int cpus;
    boolean cpufreq;
    List<String> governors = List.of();
    List<Long> frequenciesKhz = List.of();
    long minKhz = -1;
    long maxKhz = -1;
    String cpufreqDriver;
    long memoryMb = -1;
    double load1 = -1;
    final List<Disk> disks = new ArrayList<>();
    final List<Nic> nics = new ArrayList<>();

    static MachineFacts read(Path root) {
        MachineFacts f = new MachineFacts();
        Path cpuDir = root.resolve("sys/devices/system/cpu");
        f.cpus = (int) list(cpuDir).stream().filter(p -> p.getFileName().toString().matches("cpu[0-9]+")).count();
        Path freq = cpuDir.resolve("cpu0/cpufreq");
        f.cpufreq = Files.isDirectory(freq);
        if (f.cpufreq) {
            f.governors = words(text(freq.resolve("scaling_available_governors")));
            f.cpufreqDriver = text(freq.resolve("scaling_driver"));
            f.frequenciesKhz = words(text(freq.resolve("scaling_available_frequencies"))).stream().map(MachineFacts::number).toList();
            f.minKhz = number(text(freq.resolve("cpuinfo_min_freq")));
            f.maxKhz = number(text(freq.resolve("cpuinfo_max_freq")));
        }
        for (String line : lines(root.resolve("proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                f.memoryMb = number(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        String load = text(root.resolve("proc/loadavg"));
        if (load != null && !load.isBlank()) {
            try {
                f.load1 = Double.parseDouble(load.trim().split("\\s+")[0]);
            } catch (NumberFormatException ignored) {
                // stays unknown
            }
        }
        for (Path dev : list(root.resolve("sys/block"))) {
            // Only devices with hardware behind them; loop, ram, zram and dm have no "device" link.
            if (!Files.exists(dev.resolve("device"))) {
                continue;
            }
            Path q = dev.resolve("queue");
            String sched = text(q.resolve("scheduler"));
            f.disks.add(new Disk(dev.getFileName().toString(), "1".equals(text(q.resolve("rotational"))),
                    words(sched), bracketed(sched), number(text(q.resolve("read_ahead_kb")))));
        }
        for (Path nic : list(root.resolve("sys/class/net"))) {
            String name = nic.getFileName().toString();
            if (name.equals("lo") || !Files.exists(nic.resolve("device"))) {
                continue; // loopback and virtual interfaces (ifb, veth, bridges) carry no uplink
            }
            f.nics.add(new Nic(name, number(text(nic.resolve("speed"))), (int) number(text(nic.resolve("mtu"))),
                    text(nic.resolve("operstate"))));
        }
        return f;
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpus", cpus);
        m.put("cpufreq", cpufreq);
        m.put("governors_available", governors);
        m.put("cpufreq_driver", cpufreqDriver);
        m.put("frequencies_available_khz", frequenciesKhz);
        m.put("frequency_min_khz", minKhz);
        m.put("frequency_max_khz", maxKhz);
        m.put("memory_mb", memoryMb);
        m.put("load_1m", load1);
        List<Map<String, Object>> ds = new ArrayList<>();
        for (Disk d : disks) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", d.name());
            x.put("rotational", d.rotational());
            x.put("scheduler", d.scheduler());
            x.put("schedulers_available", d.schedulers());
            x.put("read_ahead_kb", d.readAheadKb());
            ds.add(x);
        }
        m.put("disks", ds);
        List<Map<String, Object>> ns = new ArrayList<>();
        for (Nic n : nics) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", n.name());
            x.put("speed_mbit", n.speedMbit());
            x.put("mtu", n.mtu());
            x.put("operstate", n.operstate());
            ns.add(x);
        }
        m.put("nics", ns);
        return m;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static String text(Path p) {
        try {
            return Files.readString(p).trim();
        } catch (IOException e) {
            // e.g. EINVAL reading the speed of a NIC without link
            return null;
        }
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long number(String s) {
        try {
            return s == null ? -1 : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        if (s != null) {
            for (String w : s.trim().split("\\s+")) {
                String x = w.replace("[", "").replace("]", "");
                if (!x.isEmpty()) {
                    out.add(x);
                }
            }
        }
        return out;
    }

    private static String bracketed(String s) {
        if (s == null) {
            return null;
        }
        int open = s.indexOf('[');
        int close = s.indexOf(']');
        return open >= 0 && close > open ? s.substring(open + 1, close) : s.trim();
    }
}
