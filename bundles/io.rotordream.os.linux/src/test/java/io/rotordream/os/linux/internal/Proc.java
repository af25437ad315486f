package io.rotordream.os.linux.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/** What proc(5) says about this process and its threads, read independently of the code under test. */
final class Proc {

    private static final int CAP_SYS_NICE = 23;

    private Proc() {
    }

    static String field(Path status, String name) {
        for (String line : lines(status).split("\n")) {
            if (line.startsWith(name + ":")) {
                return line.substring(name.length() + 1).trim();
            }
        }
        throw new AssertionError(name + " not in " + status);
    }

    static Path taskStatus(int tid) {
        return Path.of("/proc/self/task", Integer.toString(tid), "status");
    }

    /** Cpus_allowed_list, e.g. "0-1,4". */
    static Set<Integer> cpusAllowed(int tid) {
        return parseList(field(taskStatus(tid), "Cpus_allowed_list"));
    }

    static Set<Integer> parseList(String list) {
        Set<Integer> cpus = new TreeSet<>();
        for (String part : list.split(",")) {
            String[] range = part.trim().split("-");
            int from = Integer.parseInt(range[0]);
            int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
            for (int cpu = from; cpu <= to; cpu++) {
                cpus.add(cpu);
            }
        }
        return cpus;
    }

    /** Field 19 of /proc/[pid]/task/[tid]/stat; comm (field 2) may hold spaces and parentheses. */
    static int statNice(int tid) {
        String stat = lines(Path.of("/proc/self/task", Integer.toString(tid), "stat"));
        String[] afterComm = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Integer.parseInt(afterComm[19 - 3]);
    }

    /** The tid /proc/thread-self points at: "<pid>/task/<tid>". */
    static int threadSelf() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString();
            return Integer.parseInt(target.substring(target.lastIndexOf('/') + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int effectiveUid() {
        return Integer.parseInt(field(Path.of("/proc/self/status"), "Uid").split("\\s+")[1]);
    }

    /**
     * Whether setpriority may lower nice to target: the kernel's can_nice() allows it with
     * CAP_SYS_NICE or when 20 - target is within RLIMIT_NICE. For root that is normally true, for
     * anyone else normally false; a container that drops CAP_SYS_NICE makes even root fail.
     */
    static boolean mayLowerNiceTo(int target) {
        long capEff = Long.parseUnsignedLong(field(Path.of("/proc/self/status"), "CapEff"), 16);
        if ((capEff >>> CAP_SYS_NICE & 1) != 0) {
            return true;
        }
        for (String line : lines(Path.of("/proc/self/limits")).split("\n")) {
            if (line.startsWith("Max nice priority")) {
                String soft = line.substring("Max nice priority".length()).trim().split("\\s+")[0];
                return "unlimited".equals(soft) || 20 - target <= Long.parseLong(soft);
            }
        }
        return false;
    }

    static int pidMax() {
        return Integer.parseInt(lines(Path.of("/proc/sys/kernel/pid_max")).trim());
    }

    private static String lines(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
