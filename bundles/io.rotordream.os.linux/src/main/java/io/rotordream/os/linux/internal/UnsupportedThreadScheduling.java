package io.rotordream.os.linux.internal;

import java.util.Set;

import io.rotordream.os.api.SchedulingResult;
import io.rotordream.os.api.ThreadScheduling;
import io.rotordream.os.api.ThreadState;

/**
 * Stands in where libc cannot be reached, so the appliance still starts: every requested knob is
 * refused with "unsupported: reason", there is no thread id (-1) and no CPU to pin to; read throws
 * because a made-up ThreadState would be a lie.
 */
final class UnsupportedThreadScheduling implements ThreadScheduling {

    private final String reason;

    UnsupportedThreadScheduling(String reason) {
        this.reason = "unsupported: " + reason;
    }

    @Override
    public int currentThreadId() {
        return -1;
    }

    @Override
    public Set<Integer> allowedCpus() {
        return Set.of();
    }

    @Override
    public SchedulingResult applyToCurrentThread(Set<Integer> cpus, Integer nice, Integer ioPriority) {
        return apply(-1, cpus, nice, ioPriority);
    }

    @Override
    public SchedulingResult apply(int tid, Set<Integer> cpus, Integer nice, Integer ioPriority) {
        SchedulingResult result = new SchedulingResult();
        result.tid = tid;
        Knobs.requested(cpus, nice, ioPriority).forEach(knob -> result.refused.add(knob + ": " + reason));
        return result;
    }

    @Override
    public ThreadState read(int tid) {
        throw new UnsupportedOperationException(reason);
    }

    @Override
    public String toString() {
        return reason;
    }
}
