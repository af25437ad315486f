package io.rotordream.os.api;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Applies OS scheduling to threads (sched_setaffinity, setpriority, ioprio_set). Every call
 * reports what the kernel accepted and what it refused, with the reason: an appliance that runs
 * unprivileged still runs, it just says what it could not do.
 */
@ProviderType
public interface ThreadScheduling {

    /** The kernel thread id of the calling thread. */
    int currentThreadId();

    /** CPUs this process may run on. */
    Set<Integer> allowedCpus();

    /**
     * @param cpus CPUs for the calling thread, empty to leave affinity alone
     * @param nice -20..19, or {@code null} to leave it
     * @param ioPriority best-effort level 0..7, or {@code null} to leave it
     */
    SchedulingResult applyToCurrentThread(Set<Integer> cpus, Integer nice, Integer ioPriority);

    /** As {@link #applyToCurrentThread} for another thread of this process (or the process, tid = pid). */
    SchedulingResult apply(int tid, Set<Integer> cpus, Integer nice, Integer ioPriority);

    /** Affinity, nice and I/O priority of a thread as the kernel reports them now. */
    ThreadState read(int tid);
}
