package io.rotordream.os.linux.internal;

import java.util.Set;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;

/**
 * Typed calls into libc for one thread id. Setters return the errno (0 on success) so a refusal is
 * data, not an exception; getters throw {@link LastErrorException}.
 */
final class NativeThreads {

    // sys/resource.h
    private static final int PRIO_PROCESS = 0;
    // CPU_SETSIZE (1024 CPUs); sched_getaffinity(2) answers EINVAL while the mask is smaller than
    // the kernel's, and NR_CPUS is at most 8192, so a few doublings always find the size.
    private static final int FIRST_MASK_BYTES = 128;
    private static final int LAST_MASK_BYTES = 8192;

    private final LibC libc;
    private final Syscalls numbers;
    private final int maskBytes;

    private NativeThreads(LibC libc, Syscalls numbers, int maskBytes) {
        this.libc = libc;
        this.numbers = numbers;
        this.maskBytes = maskBytes;
    }

    /** Finds the cpu_set_t size this kernel accepts. */
    static NativeThreads open(LibC libc, Syscalls numbers) {
        for (int bytes = FIRST_MASK_BYTES;; bytes *= 2) {
            NativeThreads threads = new NativeThreads(libc, numbers, bytes);
            try {
                threads.affinity(0);
                return threads;
            } catch (LastErrorException e) {
                if (e.getErrorCode() != Errno.EINVAL || bytes >= LAST_MASK_BYTES) {
                    throw e;
                }
            }
        }
    }

    int maskBytes() {
        return maskBytes;
    }

    /** gettid(2): "always successful". */
    int gettid() {
        return libc.syscall(new NativeLong(numbers.gettid())).intValue();
    }

    Set<Integer> affinity(int tid) {
        try (Memory mask = new Memory(maskBytes)) {
            mask.clear();
            libc.sched_getaffinity(tid, new NativeLong(maskBytes), mask);
            return CpuMask.read(mask, maskBytes);
        }
    }

    int setAffinity(int tid, Set<Integer> cpus) {
        try (Memory mask = new Memory(maskBytes)) {
            CpuMask.write(cpus, mask, maskBytes);
            libc.sched_setaffinity(tid, new NativeLong(maskBytes), mask);
            return 0;
        } catch (LastErrorException e) {
            return e.getErrorCode();
        }
    }

    /** The nice value; -1 is a valid answer, errno tells a failure apart (getpriority(2)). */
    int nice(int tid) {
        return libc.getpriority(PRIO_PROCESS, tid);
    }

    int setNice(int tid, int nice) {
        try {
            libc.setpriority(PRIO_PROCESS, tid, nice);
            return 0;
        } catch (LastErrorException e) {
            return e.getErrorCode();
        }
    }

    /** The raw ioprio value of ioprio_get(2). */
    int ioPriority(int tid) {
        return libc.syscall(new NativeLong(numbers.ioprioGet()), new NativeLong(IoPriority.WHO_PROCESS),
                new NativeLong(tid)).intValue();
    }

    int setIoPriority(int tid, int ioprio) {
        try {
            libc.syscall(new NativeLong(numbers.ioprioSet()), new NativeLong(IoPriority.WHO_PROCESS),
                    new NativeLong(tid), new NativeLong(ioprio));
            return 0;
        } catch (LastErrorException e) {
            return e.getErrorCode();
        }
    }

    String strerror(int errno) {
        return libc.strerror(errno);
    }
}
