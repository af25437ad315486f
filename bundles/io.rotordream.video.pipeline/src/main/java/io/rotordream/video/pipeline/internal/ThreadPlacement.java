package io.rotordream.video.pipeline.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import io.rotordream.os.api.SchedulingResult;
import io.rotordream.os.api.ThreadScheduling;

/**
 * CPU affinity and nice per pipeline stage (the seed's thread_affinity), applied by each stage's
 * thread to itself when it starts and re-applied to the known threads when the configuration
 * changes. What the OS refused is kept for the status.
 */
final class ThreadPlacement {

    enum Stage {
        CAPTURE, ENCODE, STREAM, IO
    }

    private record Placement(Set<Integer> cpus, int nice) {
    }

    private final Supplier<ThreadScheduling> scheduling;
    private final Map<Stage, Placement> wanted = new EnumMap<>(Stage.class);
    private final Map<Stage, Set<Integer>> tids = new EnumMap<>(Stage.class);
    private final Map<String, String> report = new LinkedHashMap<>();

    ThreadPlacement(Supplier<ThreadScheduling> scheduling) {
        this.scheduling = scheduling;
    }

    synchronized void configure(ThreadsConfig c) {
        wanted.put(Stage.CAPTURE, new Placement(set(c.thread__affinity__capture()), c.nice__capture()));
        wanted.put(Stage.ENCODE, new Placement(set(c.thread__affinity__encode()), c.nice__encode()));
        wanted.put(Stage.STREAM, new Placement(set(c.thread__affinity__stream()), c.nice__stream()));
        wanted.put(Stage.IO, new Placement(set(c.thread__affinity__io()), c.nice__io()));
        ThreadScheduling s = scheduling.get();
        if (s == null) {
            return;
        }
        tids.forEach((stage, ids) -> ids.forEach(tid -> record(stage, tid, apply(s, tid, stage))));
    }

    private static Set<Integer> set(int[] cpus) {
        Set<Integer> out = new TreeSet<>();
        for (int c : cpus) {
            out.add(c);
        }
        return out;
    }

    /**
     * Called by a stage's thread on itself.
     *
     * @return false when the scheduling service is not (yet) there; the thread tries again later
     */
    boolean placeCurrent(Stage stage) {
        ThreadScheduling s = scheduling.get();
        if (s == null) {
            synchronized (this) {
                report.put(stage.name().toLowerCase(), "not applied: thread scheduling service unavailable");
            }
            return false;
        }
        int tid = s.currentThreadId();
        SchedulingResult r;
        synchronized (this) {
            tids.computeIfAbsent(stage, k -> new TreeSet<>()).add(tid);
            r = apply(s, tid, stage);
        }
        record(stage, tid, r);
        return true;
    }

    /** A stage's thread ended. */
    synchronized void forget(Stage stage, int tid) {
        Set<Integer> ids = tids.get(stage);
        if (ids != null) {
            ids.remove(tid);
        }
    }

    private SchedulingResult apply(ThreadScheduling s, int tid, Stage stage) {
        Placement p = wanted.getOrDefault(stage, new Placement(Set.of(), 0));
        return s.apply(tid, p.cpus(), p.nice(), null);
    }

    private synchronized void record(Stage stage, int tid, SchedulingResult r) {
        report.put(stage.name().toLowerCase(), "tid " + tid + ": applied " + r.applied
                + (r.refused.isEmpty() ? "" : "; refused " + r.refused));
    }

    synchronized Map<String, String> report() {
        return new LinkedHashMap<>(report);
    }
}
