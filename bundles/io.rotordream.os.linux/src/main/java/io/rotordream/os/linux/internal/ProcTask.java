package io.rotordream.os.linux.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The threads of this process as proc(5) lists them under /proc/self/task. */
final class ProcTask {

    private static final Path TASKS = Path.of("/proc/self/task");

    private ProcTask() {
    }

    /**
     * True when tid is not a thread of this process. The kernel calls would take any tid the user
     * may touch, including other processes' and 0 for "the caller"; the API promises threads of
     * this process only. Without /proc mounted there is nothing to check against, so the kernel
     * decides.
     */
    static boolean isForeign(int tid) {
        return tid <= 0 || Files.isDirectory(TASKS) && !Files.isDirectory(task(tid));
    }

    /** The thread's comm (at most 15 bytes, possibly cut inside a UTF-8 sequence), or null. */
    static String comm(int tid) {
        try {
            String comm = new String(Files.readAllBytes(task(tid).resolve("comm")), StandardCharsets.UTF_8);
            return comm.endsWith("\n") ? comm.substring(0, comm.length() - 1) : comm;
        } catch (IOException e) {
            return null;
        }
    }

    /** Every thread of this process with its comm; empty without /proc. */
    static Map<Integer, String> comms() {
        Map<Integer, String> out = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                String name = t.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)) {
                    String comm = comm(Integer.parseInt(name));
                    if (comm != null) { // null: the thread ended while listed
                        out.put(Integer.parseInt(name), comm);
                    }
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private static Path task(int tid) {
        return TASKS.resolve(Integer.toString(tid));
    }
}
