package io.rotordream.os.linux.internal;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * The few glibc/musl entry points this bundle needs. Every call that can fail declares
 * {@link LastErrorException}: JNA then zeroes errno right before the call and throws when it is
 * non-zero afterwards, which is exactly what getpriority(2) needs ("it is necessary to clear the
 * external variable errno prior to the call, then check it afterward") and harmless for the rest,
 * which leave errno alone on success.
 *
 * <p>size_t is mapped to {@link NativeLong}: on Linux (LP64 and ILP32) both have the width of a
 * pointer.
 */
interface LibC extends Library {

    /** sched_getaffinity(2); pid 0 means the calling thread, any other value a thread id. */
    int sched_getaffinity(int tid, NativeLong cpusetsize, Pointer mask) throws LastErrorException;

    /** sched_setaffinity(2); per thread on Linux. */
    int sched_setaffinity(int tid, NativeLong cpusetsize, Pointer mask) throws LastErrorException;

    /** getpriority(2) with which = PRIO_PROCESS and who = a tid: the nice of that one thread. */
    int getpriority(int which, int who) throws LastErrorException;

    /** setpriority(2); "under the current Linux/NPTL implementation ... the nice value is a per-thread attribute". */
    int setpriority(int which, int who, int prio) throws LastErrorException;

    /** syscall(2), for gettid, ioprio_set and ioprio_get which older C libraries do not wrap. */
    NativeLong syscall(NativeLong number, Object... args) throws LastErrorException;

    /** strerror(3); glibc returns a constant string for every known errno, so no race on these. */
    String strerror(int errnum);
}
