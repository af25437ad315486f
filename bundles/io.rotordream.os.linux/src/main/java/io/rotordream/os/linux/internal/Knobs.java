package io.rotordream.os.linux.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** How a knob and its value read in a SchedulingResult: "cpus 0,2", "nice -10", "ioprio 4". */
final class Knobs {

    private Knobs() {
    }

    static String cpus(Set<Integer> cpus) {
        return "cpus " + list(cpus);
    }

    static String nice(int nice) {
        return "nice " + nice;
    }

    static String ioPriority(int level) {
        return "ioprio " + level;
    }

    static String list(Set<Integer> cpus) {
        return cpus.stream().sorted(Comparator.nullsFirst(Comparator.naturalOrder())).map(String::valueOf)
                .collect(Collectors.joining(","));
    }

    static boolean wantsCpus(Set<Integer> cpus) {
        return cpus != null && !cpus.isEmpty();
    }

    /** The knobs a request touches, in the order they are applied. */
    static List<String> requested(Set<Integer> cpus, Integer nice, Integer ioPriority) {
        List<String> knobs = new ArrayList<>(3);
        if (wantsCpus(cpus)) {
            knobs.add(cpus(cpus));
        }
        if (nice != null) {
            knobs.add(nice(nice));
        }
        if (ioPriority != null) {
            knobs.add(ioPriority(ioPriority));
        }
        return knobs;
    }
}
