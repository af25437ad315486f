package io.rotordream.encoder.support;

import static org.junit.Assume.assumeTrue;

import java.lang.management.ManagementFactory;

/** Bytes the current thread allocates inside a piece of code, as the encode-path tests count them. */
final class Allocations {

    interface Action {
        void run() throws Exception;
    }

    private Allocations() {
    }

    /** Runs {@code action} {@code times} times after as many warm-up runs; the test is skipped where the JVM cannot count. */
    static long of(int times, Action action) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue("allocation counting not supported", threads.isThreadAllocatedMemorySupported()
                && threads.isThreadAllocatedMemoryEnabled());
        for (int i = 0; i < times; i++) {
            action.run();
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < times; i++) {
            action.run();
        }
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
