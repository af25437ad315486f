package io.rotordream.tuner.profiles.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import io.rotordream.tuner.api.TuningException;
import io.rotordream.tuner.api.TuningRequest;

/** Inheritance and the translation of profile settings into configuration changes. */
public class ProfileLogicTest {

    private final Map<String, Map<String, Object>> effective = new HashMap<>();

    private ProfileCompiler.Context cpus(Integer... cpus) {
        return new ProfileCompiler.Context() {
            @Override
            public List<Integer> cpus() {
                return List.of(cpus);
            }

            @Override
            public Map<String, Object> effective(String pid) {
                return effective.get(pid);
            }
        };
    }

    private static Map<String, Object> m(Object... kv) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put((String) kv[i], kv[i + 1]);
        }
        return out;
    }

    @Test
    public void includeInheritsAndTheChildOverrides() {
        Map<String, Map<String, Object>> all = new HashMap<>(ShippedProfiles.all());
        all.put("night", m("include", "low_latency", "swappiness", 20, "busy_poll", -1, "description", "x"));
        ProfileResolver.Resolved r = ProfileResolver.resolve("night", all::get);
        assertEquals(List.of("night", "low_latency", "balanced"), r.chain());
        assertEquals("own value wins", 20, r.settings().get("swappiness"));
        assertEquals("from low_latency", "ultrafast", r.settings().get("encoding_preset"));
        assertEquals("from balanced, through low_latency", 262144, r.settings().get("rmem_max"));
        assertEquals("-1 overrides the include: leave it", -1, r.settings().get("busy_poll"));
        assertFalse(ProfileResolver.effective(r.settings()).containsKey("busy_poll"));
        assertFalse(r.settings().containsKey("include"));
    }

    @Test
    public void aMissingIncludeOrACycleIsRefusedNamingTheChain() {
        Map<String, Map<String, Object>> all = new HashMap<>();
        all.put("a", m("include", "b"));
        all.put("b", m("include", "a"));
        all.put("c", m("include", "nope"));
        try {
            ProfileResolver.resolve("a", all::get);
            fail();
        } catch (TuningException e) {
            assertEquals("include", e.field());
            assertTrue(e.getMessage(), e.getMessage().contains("a -> b -> a"));
        }
        try {
            ProfileResolver.resolve("c", all::get);
            fail();
        } catch (TuningException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("profile c includes nope, which does not exist"));
        }
    }

    @Test
    public void aProfileSetsEveryTunerKeyItManagesAndOnlyItsOwnElsewhere() {
        Map<String, Map<String, Object>> all = ShippedProfiles.all();
        Map<String, Object> s = ProfileResolver.resolve("low_latency", all::get).settings();
        TuningRequest r = new TuningRequest();
        List<String> notes = ProfileCompiler.compile(s, Parts.of(null), true, cpus(0, 1), r);
        Map<String, Object> vm = r.changes.get(Parts.VM);
        assertEquals(10, vm.get("swappiness"));
        assertTrue("not in the profile: back to the original", vm.containsKey("dirty_writeback_centisecs"));
        assertNull(vm.get("dirty_writeback_centisecs"));
        assertEquals(List.of(0), r.changes.get(Parts.SCHEDULER).get("capture_affinity"));
        assertEquals(List.of(1), r.changes.get(Parts.SCHEDULER).get("encode_affinity"));
        assertEquals(List.of(1), r.changes.get(Parts.THREADS).get("thread_affinity_encode"));
        assertEquals(-10, r.changes.get(Parts.THREADS).get("nice_capture"));
        Map<String, Object> enc = r.changes.get(Parts.ENCODER);
        assertEquals("ultrafast", enc.get("quality_preset"));
        assertEquals(1, enc.get("gop_size"));
        assertEquals("", enc.get("encoding_profile"));
        assertFalse("only the profile's keys on non-tuner PIDs", enc.containsKey("bitrate_kbps"));
        assertEquals(1, r.changes.get(Parts.CAPTURE).get("queue_length"));
        assertEquals(8, r.changes.get(Parts.POOLS).get("frame_buffer_count"));
        assertEquals(Boolean.TRUE, r.changes.get(Parts.QOS).get("enabled"));
        assertFalse("placement keys never reset", r.changes.get(Parts.DISK).containsKey("devices"));
        assertTrue(notes.toString(), notes.get(0).contains("RTSP server (rotordream.streaming.rtsp) is not installed"));
    }

    @Test
    public void splitFollowsTheSeedOnFourCpusAndStreamingIsWrittenWhenPresent() {
        effective.put(Parts.RTSP, m("transport", "tcp", "buffer_size", 1048576));
        TuningRequest r = new TuningRequest();
        List<String> notes = ProfileCompiler.compile(m("thread_affinity", "split", "network_protocol", "udp"),
                Parts.of(List.of("cpu", "network")), false, cpus(0, 1, 2, 3), r);
        assertEquals(List.of(0, 1), r.changes.get(Parts.THREADS).get("thread_affinity_capture"));
        assertEquals(List.of(2, 3), r.changes.get(Parts.THREADS).get("thread_affinity_encode"));
        assertEquals(Map.of("transport", "udp"), r.changes.get(Parts.RTSP));
        assertTrue(notes.isEmpty());
        assertFalse("components leave the encoder alone", r.changes.containsKey(Parts.ENCODER));
    }

    @Test
    public void directSettingsChangeOnlyWhatIsGiven() {
        TuningRequest r = new TuningRequest();
        ProfileCompiler.compile(m("io_scheduler", "deadline", "read_ahead_kb", 4096, "swappiness", -1), Parts.of(null),
                false, cpus(0, 1), r);
        assertEquals(m("io_scheduler", "deadline", "read_ahead_kb", 4096), r.changes.get(Parts.DISK));
        assertEquals("explicit -1: back to the original", m("swappiness", null), r.changes.get(Parts.VM));
        assertEquals(2, r.changes.size());
    }

    @Test
    public void unknownComponentsAndBudgetsThatDoNotFitAreRefused() {
        try {
            Parts.of(List.of("cpu", "gpu"));
            fail();
        } catch (TuningException e) {
            assertEquals("components", e.field());
        }
        effective.put(Parts.CAPTURE, m("frame_rate", 30.0, "queue_length", 4));
        effective.put(Parts.ENCODER, m("b_frames", 0));
        ProfileCompiler.checkLatency(m("target_latency_ms", 100, "frame_buffering", 2), effective::get);
        try {
            ProfileCompiler.checkLatency(m("target_latency_ms", 100, "frame_buffering", 8), effective::get);
            fail();
        } catch (TuningException e) {
            assertEquals("frame_buffering", e.field());
            assertTrue(e.getMessage(), e.getMessage().contains("267 ms, over target_latency_ms 100"));
        }
    }

    @Test
    public void theShippedProfilesCompile() {
        Map<String, Map<String, Object>> all = ShippedProfiles.all();
        for (String name : all.keySet()) {
            Map<String, Object> s = ProfileResolver.resolve(name, all::get).settings();
            ProfileCompiler.checkLatency(s, effective::get);
            TuningRequest r = new TuningRequest();
            ProfileCompiler.compile(s, Parts.of(null), true, cpus(0, 1), r);
            assertTrue(name, r.changes.containsKey(Parts.ENCODER));
        }
    }
}
