package io.rotordream.os.linux.internal;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.jna.LastErrorException;

import io.rotordream.os.api.SchedulingResult;
import io.rotordream.os.api.ThreadScheduling;
import io.rotordream.os.api.ThreadState;

/**
 * ThreadScheduling on the Linux kernel. Each knob is applied on its own, so a refused nice does
 * not cost the affinity; invalid input is refused with EINVAL before any call, as the kernel
 * would. {@link #read} throws, since ThreadState has no place for a refusal: IllegalArgumentException
 * for a thread that is not (or no longer) one of this process.
 */
final class LinuxThreadScheduling implements ThreadScheduling {

    private static final Logger LOG = LoggerFactory.getLogger(LinuxThreadScheduling.class);
    private static final int NICE_MIN = -20;
    private static final int NICE_MAX = 19;

    private final NativeThreads kernel;
    private final Set<Integer> allowed;

    /**
     * Takes the allowed CPUs once, from the activating thread: sched_getaffinity(0) returns the
     * calling thread's mask, so asking later from a thread this service has pinned would shrink
     * "what the process may use" to that thread's own pinning.
     */
    LinuxThreadScheduling(NativeThreads kernel) {
        this.kernel = kernel;
        this.allowed = Collections.unmodifiableSet(new TreeSet<>(kernel.affinity(0)));
    }

    @Override
    public int currentThreadId() {
        return kernel.gettid();
    }

    @Override
    public Set<Integer> allowedCpus() {
        return allowed;
    }

    @Override
    public SchedulingResult applyToCurrentThread(Set<Integer> cpus, Integer nice, Integer ioPriority) {
        return apply(kernel.gettid(), cpus, nice, ioPriority);
    }

    @Override
    public SchedulingResult apply(int tid, Set<Integer> cpus, Integer nice, Integer ioPriority) {
        SchedulingResult result = new SchedulingResult();
        result.tid = tid;
        if (ProcTask.isForeign(tid)) {
            String reason = errno(Errno.ESRCH) + "; not a thread of this process";
            Knobs.requested(cpus, nice, ioPriority).forEach(knob -> result.refused.add(knob + ": " + reason));
        } else {
            if (Knobs.wantsCpus(cpus)) {
                applyAffinity(tid, cpus, result);
            }
            if (nice != null) {
                applyNice(tid, nice, result);
            }
            if (ioPriority != null) {
                applyIoPriority(tid, ioPriority, result);
            }
        }
        if (!result.ok()) {
            LOG.debug("{}", result);
        }
        return result;
    }

    private void applyAffinity(int tid, Set<Integer> cpus, SchedulingResult result) {
        String knob = Knobs.cpus(cpus);
        Set<Integer> outside = cpus.stream().filter(cpu -> !allowed.contains(cpu)).collect(Collectors.toSet());
        if (!outside.isEmpty()) {
            result.refused.add(knob + ": " + errno(Errno.EINVAL) + "; " + Knobs.list(outside)
                    + " not in allowed CPUs " + Knobs.list(allowed));
            return;
        }
        record(result, knob, kernel.setAffinity(tid, cpus));
    }

    private void applyNice(int tid, int nice, SchedulingResult result) {
        String knob = Knobs.nice(nice);
        if (nice < NICE_MIN || nice > NICE_MAX) {
            result.refused.add(knob + ": " + errno(Errno.EINVAL) + "; nice is " + NICE_MIN + ".." + NICE_MAX);
            return;
        }
        record(result, knob, kernel.setNice(tid, nice));
    }

    private void applyIoPriority(int tid, int level, SchedulingResult result) {
        String knob = Knobs.ioPriority(level);
        if (level < 0 || level >= IoPriority.LEVELS) {
            result.refused.add(knob + ": " + errno(Errno.EINVAL) + "; best-effort level is 0.."
                    + (IoPriority.LEVELS - 1));
            return;
        }
        record(result, knob, kernel.setIoPriority(tid, IoPriority.bestEffort(level)));
    }

    private void record(SchedulingResult result, String knob, int errno) {
        if (errno == 0) {
            result.applied.add(knob);
        } else {
            result.refused.add(knob + ": " + errno(errno));
        }
    }

    @Override
    public ThreadState read(int tid) {
        if (ProcTask.isForeign(tid)) {
            throw new IllegalArgumentException("tid " + tid + ": " + errno(Errno.ESRCH) + "; not a thread of this process");
        }
        try {
            ThreadState state = new ThreadState();
            state.cpus = Collections.unmodifiableSet(kernel.affinity(tid));
            state.nice = kernel.nice(tid);
            state.ioPriority = IoPriority.level(kernel.ioPriority(tid));
            state.name = Objects.requireNonNullElse(ProcTask.comm(tid), "");
            return state;
        } catch (LastErrorException e) {
            String message = "tid " + tid + ": " + errno(e.getErrorCode());
            if (e.getErrorCode() == Errno.ESRCH) {
                throw new IllegalArgumentException(message, e);
            }
            throw new IllegalStateException(message, e);
        }
    }

    @Override
    public String toString() {
        return "libc, CPUs " + Knobs.list(allowed);
    }

    private String errno(int errno) {
        return Errno.describe(errno, kernel.strerror(errno));
    }
}
