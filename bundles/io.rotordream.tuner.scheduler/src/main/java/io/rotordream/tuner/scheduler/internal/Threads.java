package io.rotordream.tuner.scheduler.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.rotordream.os.api.JvmThreads;

/**
 * The threads of this process by group, from proc(5) /proc/self/task/TID/comm. The pipeline's
 * threads are known by name (Java sets the native name, cut to 15 bytes); native threads started
 * by an encoder inherit the name of the thread that started them, so they count with it.
 */
final class Threads {

    static final String PROCESS = "process";
    static final String CAPTURE = "capture";
    static final String ENCODE = "encode";
    static final List<String> GROUPS = List.of(PROCESS, CAPTURE, ENCODE);

    private final Path tasks;

    Threads(Path tasks) {
        this.tasks = tasks;
    }

    List<Integer> of(String group) {
        return of(group, true);
    }

    /**
     * @param withCompilers false leaves out the JVM's JIT compiler threads ("C1 CompilerThread0" and
     *        the like), whose nice value rotordream.os.compiler owns: it puts them behind every other
     *        thread, for the boot and the pipeline, and a "process" nice applied over it would undo that
     */
    List<Integer> of(String group, boolean withCompilers) {
        List<Integer> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(tasks)) {
            for (Path t : s.toList()) {
                String name = t.getFileName().toString();
                if (!name.matches("[0-9]+")) {
                    continue;
                }
                String comm;
                try {
                    comm = Files.readString(t.resolve("comm")).trim();
                } catch (IOException gone) {
                    continue; // the thread ended while listed
                }
                if (group.equals(groupOf(comm)) && (withCompilers || !JvmThreads.isJitCompiler(comm))) {
                    out.add(Integer.parseInt(name));
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(null);
        return out;
    }

    static String groupOf(String comm) {
        if (comm.startsWith("rotordream-capt")) {
            return CAPTURE;
        }
        if (comm.startsWith("rotordream-enco")) {
            return ENCODE;
        }
        return PROCESS;
    }
}
