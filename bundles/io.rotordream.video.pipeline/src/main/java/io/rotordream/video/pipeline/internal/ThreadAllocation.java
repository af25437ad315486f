package io.rotordream.video.pipeline.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Bytes a thread has allocated, from the JVM's per-thread counters (HotSpot), -1 where unsupported. */
final class ThreadAllocation {

    private ThreadAllocation() {
    }

    static long of(long threadId) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (threadId <= 0 || !(mx instanceof com.sun.management.ThreadMXBean hs)
                || !hs.isThreadAllocatedMemorySupported() || !hs.isThreadAllocatedMemoryEnabled()) {
            return -1;
        }
        return hs.getThreadAllocatedBytes(threadId);
    }
}
