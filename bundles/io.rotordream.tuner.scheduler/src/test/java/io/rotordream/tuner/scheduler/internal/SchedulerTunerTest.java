package io.rotordream.tuner.scheduler.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.rotordream.os.api.SchedulingResult;
import io.rotordream.os.api.ThreadScheduling;
import io.rotordream.os.api.ThreadState;
import io.rotordream.tuner.api.Knob;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.Wanted;

/** Thread groups found by name under a temp /proc/self/task, set through a kernel stand-in. */
public class SchedulerTunerTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private final Map<Integer, ThreadState> kernel = new HashMap<>();
    private int refuseNegativeNiceFor = -1;
    private SchedulerTuner tuner;

    /** The kernel as ThreadScheduling sees it: per thread state, a refusal injected on request. */
    private final ThreadScheduling fake = new ThreadScheduling() {
        @Override
        public int currentThreadId() {
            return 100;
        }

        @Override
        public Set<Integer> allowedCpus() {
            return Set.of(0, 1);
        }

        @Override
        public SchedulingResult applyToCurrentThread(Set<Integer> cpus, Integer nice, Integer io) {
            return apply(100, cpus, nice, io);
        }

        @Override
        public SchedulingResult apply(int tid, Set<Integer> cpus, Integer nice, Integer io) {
            SchedulingResult r = new SchedulingResult();
            ThreadState st = kernel.get(tid);
            if (!cpus.isEmpty()) {
                st.cpus = new TreeSet<>(cpus);
                r.applied.add("cpus " + cpus);
            }
            if (nice != null) {
                if (nice < 0 && tid == refuseNegativeNiceFor) {
                    r.refused.add("nice " + nice + ": EACCES (Permission denied)");
                } else {
                    st.nice = nice;
                }
            }
            if (io != null) {
                st.ioPriority = io;
            }
            return r;
        }

        @Override
        public ThreadState read(int tid) {
            ThreadState st = kernel.get(tid);
            if (st == null) {
                throw new IllegalArgumentException("ESRCH");
            }
            return st;
        }
    };

    @Before
    public void threads() throws IOException {
        Path tasks = tmp.getRoot().toPath();
        thread(tasks, 100, "java");
        thread(tasks, 101, "C2 CompilerThre");
        thread(tasks, 200, "rotordream-capt");
        thread(tasks, 300, "rotordream-enco");
        thread(tasks, 301, "rotordream-enco"); // an x264 worker started by the encode thread
        tuner = new SchedulerTuner(tasks, () -> fake);
    }

    private void thread(Path tasks, int tid, String comm) throws IOException {
        Files.createDirectories(tasks.resolve(Integer.toString(tid)));
        Files.writeString(tasks.resolve(tid + "/comm"), comm + "\n");
        ThreadState st = new ThreadState();
        st.tid = tid;
        st.cpus = Set.of(0, 1);
        st.ioPriority = -1;
        kernel.put(tid, st);
    }

    @Test
    public void configurationBecomesGroupKnobs() throws Exception {
        Wanted w = tuner.wanted(Map.of("process_affinity", new int[] { 0 }, "capture_nice", "-10", "encode_affinity",
                new int[] { 1 }, "encode_ioprio", "2"), Path.of("/"));
        assertEquals(Map.of("scheduler.process.affinity", "0", "scheduler.capture.nice", "-10",
                "scheduler.encode.affinity", "1", "scheduler.encode.ioprio", "2"), w.knobs());
        assertEquals(9, tuner.knobs(Path.of("/")).size());
    }

    @Test
    public void eachGroupIsSetAndReadOnItsOwnThreads() throws Exception {
        Knob encode = tuner.knob("scheduler.encode.affinity", Path.of("/"));
        assertEquals("0,1", encode.read());
        encode.write(encode.normalize("1"));
        assertEquals("1", encode.read());
        assertEquals(Set.of(1), kernel.get(301).cpus);
        assertEquals("capture and the rest untouched", Set.of(0, 1), kernel.get(200).cpus);
        assertEquals("0,1", tuner.knob("scheduler.process.affinity", Path.of("/")).read());

        Knob nice = tuner.knob("scheduler.capture.nice", Path.of("/"));
        nice.write("-10");
        assertEquals("-10", nice.read());

        kernel.get(301).nice = 5; // someone reniced one worker by hand
        Knob encodeNice = tuner.knob("scheduler.encode.nice", Path.of("/"));
        assertEquals("mixed: 0 (1 threads), 5 (1 threads)", encodeNice.read());
        assertTrue(!encodeNice.same(encodeNice.read(), "0"));
        String mixed = encodeNice.read();
        kernel.get(300).nice = 5; // now 5 for both
        encodeNice.write(mixed); // restoring a mixed original: the majority (a tie: the first listed)
        assertEquals("0", encodeNice.read());
        assertEquals("5", ThreadKnob.majority("mixed: 0 (1 threads), 5 (7 threads)"));

        kernel.get(101).nice = 10; // the JIT compiler, put behind by rotordream.os.compiler
        Knob processNice = tuner.knob("scheduler.process.nice", Path.of("/"));
        assertEquals("the compiler is in no group", "0", processNice.read());
        processNice.write("-5");
        assertEquals(-5, kernel.get(100).nice);
        assertEquals(10, kernel.get(101).nice);
        processNice.write("0");
        kernel.get(101).nice = 0; // the I/O priority below is derived from nice where none is set

        Knob io = tuner.knob("scheduler.process.ioprio", Path.of("/"));
        assertEquals("none", io.read());
        io.write("2");
        assertEquals("2", io.read());
        io.write("none"); // back to the original: the level the kernel derives from nice 0
        assertEquals("4", io.read());
        assertTrue(io.same(io.read(), "none"));
    }

    @Test
    public void refusalsAndBadValuesNameTheKnob() throws Exception {
        refuseNegativeNiceFor = 200;
        try {
            tuner.knob("scheduler.capture.nice", Path.of("/")).write("-5");
            fail();
        } catch (KnobException e) {
            assertEquals(KnobException.Failure.PERMISSION_DENIED, e.failure());
            assertEquals("EACCES", e.errno());
        }
        try {
            tuner.knob("scheduler.encode.affinity", Path.of("/")).normalize("2,3");
            fail();
        } catch (KnobException e) {
            assertEquals(KnobException.Failure.INVALID_VALUE, e.failure());
            assertTrue(e.reason(), e.reason().contains("not all available"));
        }
        try {
            tuner.knob("scheduler.io.nice", Path.of("/"));
            fail();
        } catch (KnobException e) {
            assertEquals(KnobException.Failure.UNKNOWN_KNOB, e.failure());
        }
    }

    @Test
    public void aGroupWithoutThreadsHasNothingToTune() throws Exception {
        kernel.remove(200);
        Files.delete(tmp.getRoot().toPath().resolve("200/comm"));
        Knob capture = tuner.knob("scheduler.capture.nice", Path.of("/"));
        assertEquals(ThreadKnob.NO_THREAD, capture.read());
        assertTrue(capture.same(capture.read(), "-10"));
    }
}
