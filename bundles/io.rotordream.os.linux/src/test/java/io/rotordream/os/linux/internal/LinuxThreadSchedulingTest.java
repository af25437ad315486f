package io.rotordream.os.linux.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeFalse;
import static org.junit.Assume.assumeTrue;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.BeforeClass;
import org.junit.Test;

import io.rotordream.os.api.SchedulingResult;
import io.rotordream.os.api.ThreadScheduling;
import io.rotordream.os.api.ThreadState;

/** Against the real kernel: what the service reports is compared with what /proc says. */
public class LinuxThreadSchedulingTest {

    private static ThreadScheduling sched;

    @BeforeClass
    public static void open() {
        sched = new ThreadSchedulingComponent();
        assumeFalse("libc not reachable here: " + sched, sched.allowedCpus().isEmpty());
    }

    @Test
    public void currentThreadIdIsTheKernelTid() throws Exception {
        FreshThread.run(() -> assertEquals(Proc.threadSelf(), sched.currentThreadId()));
    }

    @Test
    public void allowedCpusAreTheUnpinnedMask() throws Exception {
        FreshThread.run(() -> assertEquals(Proc.cpusAllowed(Proc.threadSelf()), sched.allowedCpus()));
    }

    @Test
    public void affinityPinnedToOneCpuReadsBackThroughReadAndProc() throws Exception {
        int cpu = Collections.max(sched.allowedCpus());
        FreshThread.run(() -> {
            int tid = sched.currentThreadId();
            SchedulingResult result = sched.applyToCurrentThread(Set.of(cpu), null, null);
            assertTrue(result.toString(), result.ok());
            assertEquals(List.of("cpus " + cpu), result.applied);
            assertEquals(tid, result.tid);
            assertEquals(Set.of(cpu), sched.read(tid).cpus);
            assertEquals(Set.of(cpu), Proc.cpusAllowed(tid));
        });
    }

    @Test
    public void niceRaisedReadsBackThroughGetpriorityAndProcStat() throws Exception {
        FreshThread.run(() -> {
            int tid = sched.currentThreadId();
            int before = sched.read(tid).nice;
            assertEquals(Proc.statNice(tid), before);
            assumeTrue("already at the weakest nice", before < 19);
            int target = Math.min(19, before + 3);
            SchedulingResult result = sched.applyToCurrentThread(null, target, null);
            assertTrue(result.toString(), result.ok());
            assertEquals(List.of("nice " + target), result.applied);
            assertEquals(target, sched.read(tid).nice);
            assertEquals(target, Proc.statNice(tid));
        });
    }

    /** Lowers to before - 1, which is -1 from a default thread: also proves -1 reads back as a value. */
    @Test
    public void loweringNiceIsReportedAsTheKernelDecides() throws Exception {
        FreshThread.run(() -> {
            int tid = sched.currentThreadId();
            int before = sched.read(tid).nice;
            assumeTrue("already at the strongest nice", before > -20);
            int target = before - 1;
            boolean allowed = Proc.mayLowerNiceTo(target);
            SchedulingResult result = sched.applyToCurrentThread(null, target, null);
            String context = result + " (euid " + Proc.effectiveUid() + ")";
            if (allowed) {
                assertTrue(context, result.ok());
                assertEquals(target, sched.read(tid).nice);
                assertEquals(target, Proc.statNice(tid));
            } else {
                assertEquals(context, 1, result.refused.size());
                assertTrue(context, result.refused.get(0).startsWith("nice " + target + ": EACCES ("));
                assertTrue(context, result.applied.isEmpty());
                assertEquals(before, sched.read(tid).nice);
                assertEquals(before, Proc.statNice(tid));
            }
        });
    }

    @Test
    public void ioPrioritySetAndReadBack() throws Exception {
        FreshThread.run(() -> {
            int tid = sched.currentThreadId();
            for (int level : new int[] { 6, 0, 7 }) {
                SchedulingResult result = sched.applyToCurrentThread(null, null, level);
                assertTrue(result.toString(), result.ok());
                assertEquals(level, sched.read(tid).ioPriority);
            }
        });
    }

    @Test
    public void invalidCpuNiceAndIoPriorityAreRefusedWithoutTouchingTheThread() throws Exception {
        int outside = Collections.max(sched.allowedCpus()) + 1;
        FreshThread.run(() -> {
            int tid = sched.currentThreadId();
            ThreadState before = sched.read(tid);
            SchedulingResult result = sched.applyToCurrentThread(Set.of(0, outside), 20, 8);
            assertTrue(result.applied.isEmpty());
            assertEquals(result.toString(), 3, result.refused.size());
            assertTrue(result.refused.get(0), result.refused.get(0).startsWith("cpus 0," + outside + ": EINVAL ("));
            assertTrue(result.refused.get(0), result.refused.get(0).contains(outside + " not in allowed CPUs"));
            assertTrue(result.refused.get(1), result.refused.get(1).startsWith("nice 20: EINVAL ("));
            assertTrue(result.refused.get(2), result.refused.get(2).startsWith("ioprio 8: EINVAL ("));
            assertEquals(2, sched.applyToCurrentThread(null, -21, -1).refused.size());
            ThreadState after = sched.read(tid);
            assertEquals(before.cpus, after.cpus);
            assertEquals(before.nice, after.nice);
            assertEquals(before.ioPriority, after.ioPriority);
        });
    }

    @Test
    public void oneRefusedKnobDoesNotStopTheOthers() throws Exception {
        int cpu = Collections.min(sched.allowedCpus());
        FreshThread.run(() -> {
            int tid = sched.currentThreadId();
            SchedulingResult result = sched.applyToCurrentThread(Set.of(cpu), 99, 5);
            assertEquals(List.of("cpus " + cpu, "ioprio 5"), result.applied);
            assertEquals(1, result.refused.size());
            assertEquals(Set.of(cpu), Proc.cpusAllowed(tid));
            assertEquals(5, sched.read(tid).ioPriority);
        });
    }

    @Test
    public void anotherThreadIsTunedFromOutside() throws Exception {
        int cpu = Collections.max(sched.allowedCpus());
        CompletableFuture<Integer> workerTid = new CompletableFuture<>();
        CountDownLatch tuned = new CountDownLatch(1);
        CompletableFuture<ThreadState> seenInside = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                workerTid.complete(sched.currentThreadId());
                tuned.await();
                seenInside.complete(sched.read(sched.currentThreadId()));
            } catch (Throwable e) {
                seenInside.completeExceptionally(e);
            }
        }, "sched-worker");
        worker.start();
        try {
            int tid = workerTid.get(60, TimeUnit.SECONDS);
            Set<Integer> callerCpus = sched.read(sched.currentThreadId()).cpus;
            int nice = Math.min(19, sched.read(tid).nice + 2);
            SchedulingResult result = sched.apply(tid, Set.of(cpu), nice, 3);
            assertTrue(result.toString(), result.ok());
            assertEquals(tid, result.tid);

            ThreadState outside = sched.read(tid);
            assertEquals(Set.of(cpu), outside.cpus);
            assertEquals(nice, outside.nice);
            assertEquals(3, outside.ioPriority);
            assertNotNull(outside.name);
            assertEquals(Set.of(cpu), Proc.cpusAllowed(tid));
            assertEquals(nice, Proc.statNice(tid));
            assertEquals("the caller keeps its own affinity", callerCpus, sched.read(sched.currentThreadId()).cpus);

            tuned.countDown();
            ThreadState inside = seenInside.get(60, TimeUnit.SECONDS);
            assertEquals(outside.cpus, inside.cpus);
            assertEquals(outside.nice, inside.nice);
            assertEquals(outside.ioPriority, inside.ioPriority);
        } finally {
            tuned.countDown();
            worker.join();
        }
    }

    @Test
    public void aTidOutsideThisProcessIsRefusedWithEsrch() {
        int neverATid = Proc.pidMax();
        SchedulingResult result = sched.apply(neverATid, Set.of(0), 5, 4);
        assertTrue(result.applied.isEmpty());
        assertEquals(result.toString(), 3, result.refused.size());
        for (String refusal : result.refused) {
            assertTrue(refusal, refusal.contains(": ESRCH ("));
        }
        assertFalse(sched.apply(0, null, 5, null).ok());
        try {
            sched.read(neverATid);
            fail("read of a tid that is no thread of ours");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("ESRCH ("));
        }
    }

    @Test
    public void anEmptyRequestChangesNothingAndIsOk() throws Exception {
        FreshThread.run(() -> {
            SchedulingResult result = sched.applyToCurrentThread(Set.of(), null, null);
            assertTrue(result.ok());
            assertTrue(result.applied.isEmpty());
        });
    }
}
