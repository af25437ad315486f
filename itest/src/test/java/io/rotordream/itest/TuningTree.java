package io.rotordream.itest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the tuning suite runs against: a temp tree shaped like this VM's /proc/sys and /sys (two
 * CPUs without cpufreq, a rotational vda on mq-deadline), and a network namespace with a veth pair
 * for the NIC and traffic-shaping knobs. Nothing of the host's is written but the appliance's own
 * threads' scheduling, which the suite puts back.
 */
final class TuningTree {

    static final String NETNS = "rdit" + ProcessHandle.current().pid();

    private TuningTree() {
    }

    static Path create(Path root) throws IOException {
        put(root, "proc/sys/vm/swappiness", "60");
        put(root, "proc/sys/vm/dirty_background_ratio", "10");
        put(root, "proc/sys/vm/dirty_ratio", "20");
        put(root, "proc/sys/vm/dirty_expire_centisecs", "3000");
        put(root, "proc/sys/vm/dirty_writeback_centisecs", "500");
        put(root, "proc/sys/vm/drop_caches", "0");
        put(root, "proc/sys/net/core/rmem_max", "212992");
        put(root, "proc/sys/net/core/wmem_max", "212992");
        put(root, "proc/sys/net/core/netdev_max_backlog", "1000");
        put(root, "proc/sys/net/core/busy_poll", "0");
        put(root, "proc/sys/net/core/busy_read", "0");
        put(root, "proc/sys/net/ipv4/tcp_rmem", "4096\t131072\t6291456");
        put(root, "proc/sys/net/ipv4/tcp_wmem", "4096\t16384\t4194304");
        Files.createDirectories(root.resolve("sys/block/vda/device"));
        put(root, "sys/block/vda/queue/scheduler", "none [mq-deadline] kyber bfq");
        put(root, "sys/block/vda/queue/read_ahead_kb", "8192");
        put(root, "sys/block/vda/queue/write_cache", "write back");
        put(root, "sys/block/vda/queue/rotational", "1");
        put(root, "sys/block/vda/queue/iosched/read_expire", "500");
        put(root, "sys/block/vda/queue/iosched/write_expire", "5000");
        put(root, "sys/block/vda/queue/iosched/writes_starved", "2");
        put(root, "sys/block/vda/queue/iosched/fifo_batch", "16");
        Files.createDirectories(root.resolve("sys/devices/system/cpu/cpu0"));
        Files.createDirectories(root.resolve("sys/devices/system/cpu/cpu1"));
        Files.copy(Path.of("/proc/meminfo"), root.resolve("proc/meminfo"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("/proc/loadavg"), root.resolve("proc/loadavg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return root;
    }

    static void put(Path root, String file, String value) throws IOException {
        Path f = root.resolve(file);
        Files.createDirectories(f.getParent());
        Files.writeString(f, value + "\n");
    }

    static String read(Path root, String file) throws IOException {
        return Files.readString(root.resolve(file)).trim();
    }

    static void namespace() throws IOException {
        sh("ip", "netns", "del", NETNS);
        must("ip", "netns", "add", NETNS);
        must("ip", "netns", "exec", NETNS, "ip", "link", "add", "name", "va", "type", "veth", "peer", "name", "vb");
        must("ip", "-n", NETNS, "link", "set", "va", "up");
        must("ip", "-n", NETNS, "link", "set", "vb", "up");
    }

    static void removeNamespace() throws IOException {
        sh("ip", "netns", "del", NETNS);
    }

    static String must(String... argv) throws IOException {
        String[] out = new String[1];
        String err = run(out, argv);
        if (err != null) {
            throw new IOException(String.join(" ", argv) + ": " + err);
        }
        return out[0];
    }

    static String sh(String... argv) throws IOException {
        return run(new String[1], argv);
    }

    private static String run(String[] out, String... argv) throws IOException {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(argv))).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timeout";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        out[0] = new String(p.getInputStream().readAllBytes());
        return p.exitValue() == 0 ? null : out[0];
    }

    /** Threads of this process whose native name starts with the prefix: affinity list and nice, from /proc. */
    static List<String[]> threads(String prefix) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (var s = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : s.toList()) {
                try {
                    String comm = Files.readString(t.resolve("comm")).trim();
                    if (!comm.startsWith(prefix)) {
                        continue;
                    }
                    String cpus = Files.readAllLines(t.resolve("status")).stream()
                            .filter(l -> l.startsWith("Cpus_allowed_list:")).findFirst().orElse("").split(":")[1].trim();
                    String stat = Files.readString(t.resolve("stat"));
                    // proc(5): field 19 is nice; the fields after ") " start at field 3
                    String nice = stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16];
                    out.add(new String[] { t.getFileName().toString(), comm, cpus, nice });
                } catch (IOException gone) {
                    // the thread ended while listed
                }
            }
        }
        return out;
    }
}
