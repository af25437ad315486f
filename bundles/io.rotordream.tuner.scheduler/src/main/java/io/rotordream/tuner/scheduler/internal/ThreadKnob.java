package io.rotordream.tuner.scheduler.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.rotordream.os.api.SchedulingResult;
import io.rotordream.os.api.ThreadScheduling;
import io.rotordream.os.api.ThreadState;
import io.rotordream.tuner.api.Knob;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.knobs.Errnos;
import io.rotordream.tuner.api.knobs.Values;

/**
 * Affinity, nice or I/O priority of a group of threads, through the ThreadScheduling service
 * (sched_setaffinity, setpriority, ioprio_set per thread). The value is the group's when all its
 * threads agree, "mixed: ..." when they do not (which never satisfies a wanted value).
 */
final class ThreadKnob implements Knob {

    static final String NO_THREAD = "(no thread)";
    static final String NONE = "none";

    private final String group;
    private final String attribute;
    private final Threads threads;
    private final Supplier<ThreadScheduling> scheduling;

    ThreadKnob(String group, String attribute, Threads threads, Supplier<ThreadScheduling> scheduling) {
        this.group = group;
        this.attribute = attribute;
        this.threads = threads;
        this.scheduling = scheduling;
    }

    /** The group's threads; for nice, without the JIT compilers (see {@link Threads#of(String, boolean)}). */
    private List<Integer> targets() {
        return threads.of(group, !"nice".equals(attribute));
    }

    @Override
    public String name() {
        return "scheduler." + group + "." + attribute;
    }

    @Override
    public String path() {
        String call = switch (attribute) {
            case "affinity" -> "sched_setaffinity";
            case "nice" -> "setpriority";
            default -> "ioprio_set";
        };
        String others = "every thread but the pipeline's" + ("nice".equals(attribute) ? " and the JIT compilers'" : "");
        return call + " on " + (Threads.PROCESS.equals(group) ? others : "the " + group + " threads")
                + " (/proc/self/task)";
    }

    private ThreadScheduling service() throws KnobException {
        ThreadScheduling s = scheduling.get();
        if (s == null) {
            throw new KnobException(name(), KnobException.Failure.FAILED, null, "the thread scheduling service is not running");
        }
        return s;
    }

    @Override
    public String read() throws KnobException {
        ThreadScheduling s = service();
        Map<String, Integer> counts = new TreeMap<>();
        for (int tid : targets()) {
            ThreadState st;
            try {
                st = s.read(tid);
            } catch (IllegalArgumentException gone) {
                continue; // ESRCH: ended since it was listed
            } catch (UnsupportedOperationException | IllegalStateException e) {
                throw new KnobException(name(), KnobException.Failure.UNSUPPORTED, null, e.getMessage());
            }
            counts.merge(value(st), 1, Integer::sum);
        }
        if (counts.isEmpty()) {
            return NO_THREAD;
        }
        if (counts.size() == 1) {
            return counts.keySet().iterator().next();
        }
        return "mixed: " + counts.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + " threads)")
                .collect(Collectors.joining(", "));
    }

    private String value(ThreadState st) {
        return switch (attribute) {
            case "affinity" -> cpus(st.cpus);
            case "nice" -> Integer.toString(st.nice);
            default -> st.ioPriority < 0 ? NONE : Integer.toString(st.ioPriority);
        };
    }

    static String cpus(Set<Integer> cpus) {
        return new TreeSet<>(cpus).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public String normalize(String wanted) throws KnobException {
        if (wanted != null && wanted.startsWith("mixed: ")) {
            return wanted; // a saved original, restored as its majority
        }
        switch (attribute) {
            case "affinity": {
                Set<Integer> cpus = parseCpus(wanted);
                Set<Integer> allowed = service().allowedCpus();
                if (!allowed.isEmpty() && !allowed.containsAll(cpus)) {
                    throw KnobException.invalid(name(), "CPUs " + cpus(cpus) + " are not all available to this process; CPUs: "
                            + cpus(allowed));
                }
                return cpus(cpus);
            }
            case "nice":
                return Values.integer(-20, 19).normalize(name(), wanted);
            default:
                return NONE.equals(wanted) ? NONE : Values.integer(0, 7).normalize(name(), wanted);
        }
    }

    private Set<Integer> parseCpus(String text) throws KnobException {
        Set<Integer> out = new TreeSet<>();
        try {
            for (String part : text.split(",")) {
                String p = part.trim();
                if (p.contains("-")) {
                    String[] r = p.split("-");
                    for (int c = Integer.parseInt(r[0].trim()); c <= Integer.parseInt(r[1].trim()); c++) {
                        out.add(c);
                    }
                } else if (!p.isEmpty()) {
                    out.add(Integer.parseInt(p));
                }
            }
        } catch (RuntimeException e) {
            throw KnobException.invalid(name(), "'" + text + "' is not a CPU list such as 0,1 or 2-3");
        }
        if (out.isEmpty()) {
            throw KnobException.invalid(name(), "no CPU given");
        }
        return out;
    }

    /**
     * An empty group has nothing to tune: the pipeline applies its own placement to a thread that
     * starts later. "none" (no explicit I/O class) cannot be set back through ioprio_set's
     * best-effort class; the level the kernel derives from nice is set instead, which schedules the
     * same, so any single level satisfies it.
     */
    @Override
    public boolean same(String current, String wanted) {
        if (NO_THREAD.equals(current)) {
            return true;
        }
        if (current == null || current.startsWith("mixed")) {
            return false;
        }
        if (NONE.equals(wanted) && "ioprio".equals(attribute)) {
            return true;
        }
        return current.equals(majority(wanted));
    }

    /**
     * The value most threads had, when the saved original is "mixed: ...": threads are set as a
     * group, so restoring the group restores its majority.
     */
    static String majority(String value) {
        if (value == null || !value.startsWith("mixed: ")) {
            return value;
        }
        String best = null;
        int most = -1;
        for (String part : value.substring(7).split(", ")) {
            int open = part.lastIndexOf(" (");
            int n = Integer.parseInt(part.substring(open + 2, part.indexOf(' ', open + 2)));
            if (n > most) {
                most = n;
                best = part.substring(0, open);
            }
        }
        return best;
    }

    @Override
    public void write(String wanted) throws KnobException {
        String value = majority(wanted);
        ThreadScheduling s = service();
        for (int tid : targets()) {
            SchedulingResult r;
            switch (attribute) {
                case "affinity" -> r = s.apply(tid, parseCpus(value), null, null);
                case "nice" -> r = s.apply(tid, Set.of(), Integer.parseInt(value), null);
                default -> {
                    int level = NONE.equals(value) ? derivedLevel(s, tid) : Integer.parseInt(value);
                    r = s.apply(tid, Set.of(), null, level);
                }
            }
            List<String> refused = r.refused.stream().filter(x -> !x.contains("ESRCH")).toList();
            if (!refused.isEmpty()) {
                throw Errnos.fromText(name(), refused.get(0), "tid " + tid);
            }
        }
    }

    /** ioprio_set(2): without an explicit class the level is (nice + 20) / 5. */
    private static int derivedLevel(ThreadScheduling s, int tid) {
        try {
            return Math.max(0, Math.min(7, (s.read(tid).nice + 20) / 5));
        } catch (RuntimeException e) {
            return 4;
        }
    }
}
