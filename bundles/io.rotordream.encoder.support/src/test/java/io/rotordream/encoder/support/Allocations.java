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

    /**
     * Runs {@code action} {@code times} times after as many warm-up runs, in up to three rounds, and
     * returns the fewest bytes a round allocated. An allocation per call shows in every round; a
     * one-off allocation of the JVM's own on this thread does not: 128 bytes in one round of 1000
     * calls failed a CI run, and a loaded two-core host shows it about once in 30 runs. The test is skipped where the JVM cannot count.
     */
    static long of(int times, Action action) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue("allocation counting not supported", threads.isThreadAllocatedMemorySupported()
                && threads.isThreadAllocatedMemoryEnabled());
        for (int i = 0; i < times; i++) {
            action.run();
        }
        long fewest = Long.MAX_VALUE;
        for (int round = 0; round < 3 && fewest > 0; round++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < times; i++) {
                action.run();
            }
            fewest = Math.min(fewest, threads.getCurrentThreadAllocatedBytes() - before);
        }
        return fewest;
    }
}
