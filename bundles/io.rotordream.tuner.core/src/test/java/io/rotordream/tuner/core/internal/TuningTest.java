package io.rotordream.tuner.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.rotordream.config.api.ConfigRejectedException;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.Tuner;
import io.rotordream.tuner.api.TuningException;
import io.rotordream.tuner.api.TuningRequest;
import io.rotordream.tuner.api.dto.ChangeDTO;
import io.rotordream.tuner.api.dto.TuningResultDTO;
import io.rotordream.tuner.api.dto.VerifyDTO;

/** Plan, apply, rollback, verify and revert against a temp tree shaped like /proc/sys. */
public class TuningTest {

    private static final String ALPHA = "rotordream.tuner.alpha";
    private static final String BETA = "rotordream.tuner.beta";
    private static final String ENCODING = "rotordream.camera.encoding";
    private static final String THREADS = "rotordream.pipeline.threads";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Path root;
    private Path state;
    private FakeConfigService config;
    private InjectedFiles files;
    private Map<String, Tuner> tuners;
    private Tuning tuning;

    @Before
    public void setUp() throws IOException {
        root = tmp.newFolder("root").toPath();
        state = tmp.getRoot().toPath().resolve("state/tuner.json");
        write("alpha/a", "10");
        write("alpha/b", "20");
        write("alpha/c", "30");
        write("beta/x", "1");
        files = new InjectedFiles();
        tuners = new LinkedHashMap<>();
        tuners.put("alpha", new FileTuner("alpha", List.of("a", "b", "c"), files));
        tuners.put("beta", new FileTuner("beta", List.of("x"), files));
        config = new FakeConfigService()
                .pid(ALPHA, Map.of("a", -1, "b", -1, "c", -1))
                .pid(BETA, Map.of("x", -1))
                .pid(ENCODING, Map.of("quality_preset", "veryfast", "gop_size", 30))
                .pid(THREADS, Map.of("nice_encode", 0));
        tuning = newTuning();
    }

    private Tuning newTuning() {
        return new Tuning(config, new OriginalsStore(state), () -> root, () -> tuners);
    }

    private void write(String knob, String value) throws IOException {
        Path f = root.resolve("proc/sys").resolve(knob);
        Files.createDirectories(f.getParent());
        Files.writeString(f, value + "\n");
    }

    private String read(String knob) throws IOException {
        return Files.readString(root.resolve("proc/sys").resolve(knob)).trim();
    }

    private static TuningRequest request(Object... pidKeyValue) {
        TuningRequest r = new TuningRequest();
        for (int i = 0; i < pidKeyValue.length; i += 3) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put((String) pidKeyValue[i + 1], pidKeyValue[i + 2]);
            r.change((String) pidKeyValue[i], m);
        }
        return r;
    }

    @Test
    public void dryRunReturnsTheExactPlanAndChangesNothing() throws IOException {
        TuningRequest r = request(ALPHA, "a", 11, ALPHA, "b", 20, ENCODING, "quality_preset", "ultrafast");
        r.dryRun = true;
        TuningResultDTO plan = tuning.apply(r);
        assertTrue(plan.dryRun);
        assertFalse(plan.applied);
        assertEquals("b already is 20: only a changes", 1, plan.plan.size());
        ChangeDTO c = plan.plan.get(0);
        assertEquals("alpha.a", c.knob);
        assertEquals("/proc/sys/alpha/a", c.path);
        assertEquals("10", c.oldValue);
        assertEquals("11", c.newValue);
        assertEquals(1, plan.configuration.stream().filter(p -> p.pid.equals(ENCODING)).count());
        assertEquals("10", read("alpha/a"));
        assertTrue(config.writes.isEmpty());
        assertFalse(Files.exists(state));
    }

    @Test
    public void applySavesEachOriginalBeforeItsFirstWrite() throws IOException {
        files.beforeWrite = p -> {
            try {
                String onDisk = Files.readString(state);
                assertTrue("original of " + p + " on disk before the write: " + onDisk, onDisk.contains("\"alpha.a\""));
            } catch (IOException e) {
                throw new AssertionError("no state file before the first write", e);
            }
        };
        TuningResultDTO r = tuning.apply(request(ALPHA, "a", 11, ENCODING, "quality_preset", "ultrafast"));
        assertTrue(r.applied);
        assertEquals("11", read("alpha/a"));
        assertEquals("ultrafast", config.effective(ENCODING).get("quality_preset"));
        assertEquals("10", tuning.store().knob("alpha.a").value);
        assertEquals("veryfast", tuning.store().configuration().get(ENCODING).get("quality_preset"));
    }

    @Test
    public void failureMidApplyRollsEveryKnobBackAndNamesTheKnobAndReason() throws IOException {
        files.failOn = root.resolve("proc/sys/alpha/c");
        TuningRequest r = request(ALPHA, "a", 11, ALPHA, "b", 21, ALPHA, "c", 31, BETA, "x", 5, ENCODING,
                "quality_preset", "ultrafast");
        try {
            tuning.apply(r);
            fail("the injected EINVAL must fail the apply");
        } catch (TuningException e) {
            assertEquals(TuningException.Kind.FAILED, e.kind());
            assertEquals("alpha.c", e.part());
            assertEquals(KnobException.Failure.REFUSED, e.failure());
            assertTrue(e.getMessage(), e.getMessage().contains("EINVAL") && e.getMessage().contains("/proc/sys/alpha/c"));
            assertEquals(List.of("alpha.b", "alpha.a"), e.rolledBack());
        }
        assertEquals("10", read("alpha/a"));
        assertEquals("20", read("alpha/b"));
        assertEquals("30", read("alpha/c"));
        assertEquals("beta was never reached", "1", read("beta/x"));
        assertTrue("no PID written", config.writes.isEmpty());
        assertTrue("no original kept for knobs back at their value", tuning.store().knobs().isEmpty());
    }

    @Test
    public void aRejectedPartLeavesEveryKnobAndPidUnchanged() throws IOException {
        config.validators.put(THREADS, m -> {
            if (((Number) m.get("nice_encode")).intValue() < -5) {
                throw new ConfigRejectedException(THREADS, "nice_encode", "too low for this test");
            }
        });
        try {
            tuning.apply(request(ALPHA, "a", 11, ENCODING, "quality_preset", "ultrafast", THREADS, "nice_encode", -10));
            fail();
        } catch (TuningException e) {
            assertEquals(TuningException.Kind.REJECTED, e.kind());
            assertEquals(THREADS, e.part());
            assertEquals("nice_encode", e.field());
        }
        assertEquals("10", read("alpha/a"));
        assertEquals("veryfast", config.effective(ENCODING).get("quality_preset"));
        assertTrue(config.writes.isEmpty());
    }

    @Test
    public void aPartRefusedWhileWritingPutsTheKnobsBackToo() throws IOException {
        // passes validation, refuses when the write delivers it: the consumer changed its mind in between
        AtomicInteger calls = new AtomicInteger();
        config.validators.put(THREADS, m -> {
            if (calls.incrementAndGet() > 1) {
                throw new ConfigRejectedException(THREADS, "nice_encode", "refused on delivery");
            }
        });
        try {
            tuning.apply(request(ALPHA, "a", 11, ENCODING, "quality_preset", "ultrafast", THREADS, "nice_encode", -10));
            fail();
        } catch (TuningException e) {
            assertEquals(TuningException.Kind.REJECTED, e.kind());
            assertTrue(e.getMessage(), e.getMessage().contains("put back"));
        }
        assertEquals("10", read("alpha/a"));
        assertTrue(tuning.store().knobs().isEmpty());
        assertTrue(tuning.store().configuration().isEmpty());
    }

    @Test
    public void badValueOrUnknownKeyIsRefusedNamingIt() {
        try {
            tuning.apply(request(ALPHA, "a", 5000));
            fail();
        } catch (TuningException e) {
            assertEquals(TuningException.Kind.INVALID, e.kind());
            assertEquals("alpha.a", e.field());
            assertTrue(e.getMessage(), e.getMessage().contains("out of range"));
        }
        try {
            tuning.apply(request(ALPHA, "bogus", 1));
            fail();
        } catch (TuningException e) {
            assertEquals(TuningException.Kind.REJECTED, e.kind());
            assertEquals("bogus", e.field());
        }
    }

    @Test
    public void verifyReportsAKnobChangedByHand() throws IOException {
        tuning.apply(request(ALPHA, "a", 11, ALPHA, "b", 21));
        VerifyDTO clean = KnobReport.verify(KnobReport.read(tuners, tuning::effective, root, tuning.store(), false,
                new java.util.ArrayList<>()));
        assertTrue(clean.ok);
        assertEquals(2, clean.checked);
        write("alpha/b", "99");
        VerifyDTO v = KnobReport.verify(KnobReport.read(tuners, tuning::effective, root, tuning.store(), false,
                new java.util.ArrayList<>()));
        assertFalse(v.ok);
        assertEquals(1, v.drifted.size());
        assertEquals("alpha.b", v.drifted.get(0).knob);
        assertEquals("99", v.drifted.get(0).current);
        assertEquals("21", v.drifted.get(0).wanted);
        assertEquals("20", v.drifted.get(0).original);
    }

    @Test
    public void revertRestoresEveryOriginalAndConfiguration() throws IOException {
        TuningRequest r = request(ALPHA, "a", 11, ALPHA, "c", 33, BETA, "x", 7, ENCODING, "quality_preset", "ultrafast");
        r.profile = "low_latency";
        tuning.apply(r);
        assertEquals("low_latency", tuning.store().active().profile);
        TuningResultDTO dry = tuning.revert(true);
        assertEquals(3, dry.plan.size());
        assertEquals("11", read("alpha/a"));
        tuning.revert(false);
        assertEquals("10", read("alpha/a"));
        assertEquals("30", read("alpha/c"));
        assertEquals("1", read("beta/x"));
        assertEquals("veryfast", config.effective(ENCODING).get("quality_preset"));
        assertEquals(-1, config.effective(ALPHA).get("a"));
        assertTrue(tuning.store().knobs().isEmpty());
        assertTrue(tuning.store().configuration().isEmpty());
        assertNull(tuning.store().active());
    }

    @Test
    public void aKnobNoLongerWantedGoesBackToItsOriginal() throws IOException {
        tuning.apply(request(ALPHA, "a", 11, ALPHA, "b", 21));
        tuning.apply(request(ALPHA, "a", 12, ALPHA, "b", -1));
        assertEquals("12", read("alpha/a"));
        assertEquals("20", read("alpha/b"));
        assertEquals("10", tuning.store().knob("alpha.a").value);
        assertNull(tuning.store().knob("alpha.b"));
    }

    @Test
    public void originalsSurviveARestart() throws IOException {
        tuning.apply(request(ALPHA, "a", 11, ENCODING, "gop_size", 60));
        Tuning restarted = newTuning();
        assertEquals("10", restarted.store().knob("alpha.a").value);
        restarted.revert(false);
        assertEquals("10", read("alpha/a"));
        assertEquals(30, config.effective(ENCODING).get("gop_size"));
    }

    @Test
    public void reconcileBringsTheMachineToTheConfiguration() throws IOException {
        config.update(ALPHA, Map.of("a", 15));
        List<String> notes = tuning.reconcile(null);
        assertEquals("15", read("alpha/a"));
        assertTrue(notes.toString(), notes.get(0).contains("alpha.a"));
        assertEquals("10", tuning.store().knob("alpha.a").value);
    }

    @Test
    public void directChangesAfterAProfileAreRecorded() {
        TuningRequest p = request(ALPHA, "a", 11);
        p.profile = "balanced";
        tuning.apply(p);
        TuningRequest d = request(BETA, "x", 3);
        d.origin = "PUT /api/performance/network/config";
        tuning.apply(d);
        assertEquals(List.of("PUT /api/performance/network/config"), tuning.store().active().changedSince);
    }

    /**
     * kill -9 between two knob writes: the first knob is changed, no PID was written. At restart
     * the state file has the original of the changed knob, and reconciling with the configuration
     * (which never said anything) puts it back.
     */
    /** Stands for kill -9: an Error nothing in the tuner catches. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    public void aKillMidApplyIsHealedAtRestart() throws IOException {
        files.beforeWrite = p -> {
            if (p.endsWith("b")) {
                throw new Killed(); // the process dies here; nothing after this line runs
            }
        };
        try {
            tuning.apply(request(ALPHA, "a", 11, ALPHA, "b", 21));
            fail();
        } catch (Killed expected) {
            // killed
        }
        assertEquals("11", read("alpha/a"));
        assertTrue(config.writes.isEmpty());
        files.beforeWrite = p -> {
        };
        Tuning restarted = newTuning();
        assertEquals("10", restarted.store().knob("alpha.a").value);
        restarted.reconcile(null);
        assertEquals("10", read("alpha/a"));
        assertEquals("20", read("alpha/b"));
        assertTrue(restarted.store().knobs().isEmpty());
    }
}
