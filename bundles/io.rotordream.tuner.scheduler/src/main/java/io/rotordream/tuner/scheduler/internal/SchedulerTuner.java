package io.rotordream.tuner.scheduler.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.osgi.util.converter.Converters;

import io.rotordream.os.api.ThreadScheduling;
import io.rotordream.tuner.api.Knob;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.Tuner;
import io.rotordream.tuner.api.Wanted;

/**
 * The scheduler plugin. Unlike the file-backed plugins it ignores the tuner's root: its knobs are
 * the live threads of this process, read and set through system calls, found through this
 * process's /proc/self/task.
 */
public class SchedulerTuner implements Tuner {

    static final String NAME = "scheduler";
    static final List<String> ATTRIBUTES = List.of("affinity", "nice", "ioprio");

    private final Threads threads;
    private final Supplier<ThreadScheduling> scheduling;

    public SchedulerTuner(Path tasks, Supplier<ThreadScheduling> scheduling) {
        this.threads = new Threads(tasks);
        this.scheduling = scheduling;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String pid() {
        return SchedulerConfig.PID;
    }

    @Override
    public Wanted wanted(Map<String, Object> configuration, Path root) throws KnobException {
        SchedulerConfig c = Converters.standardConverter().convert(configuration).to(SchedulerConfig.class);
        Wanted w = new Wanted();
        group(w, Threads.PROCESS, c.process__affinity(), c.process__nice(), c.process__ioprio());
        group(w, Threads.CAPTURE, c.capture__affinity(), c.capture__nice(), c.capture__ioprio());
        group(w, Threads.ENCODE, c.encode__affinity(), c.encode__nice(), c.encode__ioprio());
        if (!w.knobs().isEmpty() && scheduling.get() == null) {
            w.note("the thread scheduling service is not running: thread settings cannot be applied now");
        }
        return w;
    }

    private static void group(Wanted w, String group, int[] affinity, String nice, String ioprio) {
        String prefix = NAME + "." + group + ".";
        if (affinity.length > 0) {
            List<String> cpus = new ArrayList<>();
            for (int c : affinity) {
                cpus.add(Integer.toString(c));
            }
            w.set(prefix + "affinity", String.join(",", cpus));
        }
        if (!nice.isBlank()) {
            w.set(prefix + "nice", nice.trim());
        }
        if (!ioprio.isBlank()) {
            w.set(prefix + "ioprio", ioprio.trim());
        }
    }

    @Override
    public List<Knob> knobs(Path root) {
        List<Knob> out = new ArrayList<>();
        if (scheduling.get() == null) {
            return out;
        }
        for (String g : Threads.GROUPS) {
            for (String a : ATTRIBUTES) {
                out.add(new ThreadKnob(g, a, threads, scheduling));
            }
        }
        return out;
    }

    @Override
    public Knob knob(String name, Path root) throws KnobException {
        String[] parts = name.split("\\.");
        if (parts.length != 3 || !NAME.equals(parts[0]) || !Threads.GROUPS.contains(parts[1])
                || !ATTRIBUTES.contains(parts[2])) {
            throw KnobException.unknown(name, "scheduler knobs are scheduler.{process,capture,encode}.{affinity,nice,ioprio}");
        }
        return new ThreadKnob(parts[1], parts[2], threads, scheduling);
    }
}
