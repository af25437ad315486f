package io.rotordream.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import javax.inject.Inject;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Performance profiles and the tuner end to end through the REST API: file knobs under a temp tree
 * shaped like /proc/sys and /sys, NIC and traffic-shaping knobs in a network namespace the suite
 * creates, and the real pipeline threads' affinity and priority read back from /proc.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class TuningIT extends RotorDreamTestSupport {

    @Inject
    ConfigurationAdmin cm;

    private static Path root;
    private String token;

    @Before
    public void tuneATempTree() throws Exception {
        token = adminToken();
        // Pax Exam runs each test method as its own JUnit request inside the framework, so class
        // rules run per method: the namespace is made here and removed after each test.
        TuningTree.namespace();
        if (root == null) {
            root = TuningTree.create(Files.createDirectories(home().resolve("tuning-root")));
            configure("rotordream.tuner", "root", root.toString());
            configure("rotordream.tuner.net", "netns", TuningTree.NETNS, "interfaces", new String[] { "va" });
            configure("rotordream.tuner.qos", "netns", TuningTree.NETNS, "interfaces", new String[] { "va" },
                    "link_rate_mbit", 20, "video_ports", new Integer[] { 8554 });
        }
        long end = System.currentTimeMillis() + 20_000;
        JsonNode s = null;
        while (System.currentTimeMillis() < end) {
            Http.Reply r = http.get("/api/performance/tuning", token);
            s = r.status == 200 ? r.json() : null;
            if (s != null && root.toString().equals(s.path("root").asText()) && s.path("tuners").size() == 6) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the tuner did not take the temp root with its six plugins: " + s);
    }

    private void configure(String pid, Object... kv) throws Exception {
        Configuration c = cm.getConfiguration(pid, "?");
        Dictionary<String, Object> p = c.getProperties() == null ? new Hashtable<>() : c.getProperties();
        for (int i = 0; i < kv.length; i += 2) {
            p.put((String) kv[i], kv[i + 1]);
        }
        c.update(p);
    }

    @After
    public void revertAndRemoveTheNamespace() throws Exception {
        try {
            Http.Reply r = http.send("POST", "/api/performance/tuning/revert", token, null, null);
            assertEquals(r.toString(), 200, r.status);
        } finally {
            TuningTree.removeNamespace();
        }
    }

    private Http.Reply post(String path, String json) {
        return http.json("POST", path, token, json);
    }

    private JsonNode ok(Http.Reply r) {
        assertTrue(r.toString(), r.status == 200 || r.status == 201);
        return r.json();
    }

    private String file(String f) throws Exception {
        return TuningTree.read(root, f);
    }

    private JsonNode knob(String name) {
        for (JsonNode k : ok(http.get("/api/performance/tuning", token)).path("knobs")) {
            if (name.equals(k.path("knob").asText())) {
                return k;
            }
        }
        throw new AssertionError("no knob " + name);
    }

    private JsonNode effective(String path) {
        return ok(http.get(path, token));
    }

    @Test
    public void theShippedProfilesAndADryRunThatChangesNothing() throws Exception {
        List<String> names = new ArrayList<>();
        ok(http.get("/api/performance/profiles", token)).forEach(p -> names.add(p.path("name").asText()));
        assertTrue(names.toString(), names.containsAll(List.of("balanced", "high_performance", "low_latency", "low_power")));

        JsonNode plan = ok(post("/api/performance/profile/apply?dry_run=true", "{\"profile\":\"low_latency\"}"));
        assertTrue(plan.path("dry_run").asBoolean());
        assertFalse(plan.path("applied").asBoolean());
        JsonNode swappiness = find(plan.path("plan"), "knob", "vm.swappiness");
        assertEquals("/proc/sys/vm/swappiness", swappiness.path("path").asText());
        assertEquals("60", swappiness.path("old_value").asText());
        assertEquals("10", swappiness.path("new_value").asText());
        JsonNode preset = find(plan.path("configuration"), "key", "quality_preset");
        assertEquals("rotordream.camera.encoding", preset.path("pid").asText());
        assertEquals("ultrafast", preset.path("new_value").asText());
        assertTrue(plan.path("notes").toString(), plan.path("notes").toString().contains("no cpufreq"));
        assertEquals("60", file("proc/sys/vm/swappiness"));
        assertEquals("veryfast", effective("/api/camera/encoding").path("quality_preset").asText());
        assertTrue(ok(http.get("/api/performance/profile", token)).path("profile").isMissingNode());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.path(field).asText())) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }

    @Test
    public void applyVerifyDriftAndRevertAcrossKnobsAndConfigurations() throws Exception {
        JsonNode applied = ok(post("/api/performance/profile/apply", "{\"profile\":\"low_latency\"}"));
        assertTrue(applied.path("applied").asBoolean());
        assertEquals("10", file("proc/sys/vm/swappiness"));
        assertEquals("50", file("sys/block/vda/queue/iosched/read_expire"));
        assertEquals("50", file("proc/sys/net/core/busy_poll"));
        JsonNode enc = effective("/api/camera/encoding");
        assertEquals("ultrafast", enc.path("quality_preset").asText());
        assertEquals(1, enc.path("gop_size").asInt());
        assertEquals(1, effective("/api/camera/capture").path("queue_length").asInt());
        JsonNode active = ok(http.get("/api/performance/profile", token));
        assertEquals("low_latency", active.path("profile").asText());

        JsonNode k = knob("vm.swappiness");
        assertEquals("10", k.path("current").asText());
        assertEquals("10", k.path("wanted").asText());
        assertEquals("60", k.path("original").asText());
        assertFalse(k.path("drift").asBoolean());
        assertTrue(ok(post("/api/performance/tuning/verify", "")).path("ok").asBoolean());

        TuningTree.put(root, "proc/sys/vm/swappiness", "33"); // changed by hand
        JsonNode v = ok(post("/api/performance/tuning/verify", ""));
        assertFalse(v.path("ok").asBoolean());
        assertEquals(1, v.path("drifted").size());
        assertEquals("vm.swappiness", v.path("drifted").get(0).path("knob").asText());
        assertEquals("33", v.path("drifted").get(0).path("current").asText());

        JsonNode dry = ok(post("/api/performance/tuning/revert?dry_run=true", ""));
        assertEquals("33", file("proc/sys/vm/swappiness"));
        assertTrue(dry.path("plan").size() > 5);
        ok(post("/api/performance/tuning/revert", ""));
        assertEquals("60", file("proc/sys/vm/swappiness"));
        assertEquals("500", file("sys/block/vda/queue/iosched/read_expire"));
        assertEquals("0", file("proc/sys/net/core/busy_poll"));
        assertEquals("veryfast", effective("/api/camera/encoding").path("quality_preset").asText());
        assertEquals(4, effective("/api/camera/capture").path("queue_length").asInt());
        assertTrue(ok(http.get("/api/performance/profile", token)).path("profile").isMissingNode());
    }

    /** The real pipeline threads on this machine (2 CPUs): split puts capture on CPU 0, encode on CPU 1. */
    @Test
    public void affinityAndPriorityOfTheRealPipelineThreads() throws Exception {
        awaitThreads();
        ok(post("/api/performance/profile/apply", "{\"profile\":\"low_latency\",\"components\":[\"cpu\"]}"));
        List<String[]> capture = TuningTree.threads("rotordream-capt");
        List<String[]> encode = TuningTree.threads("rotordream-enco");
        assertFalse(capture.isEmpty());
        for (String[] t : capture) {
            assertEquals("capture tid " + t[0] + " cpus", "0", t[2]);
            assertEquals("capture tid " + t[0] + " nice", "-10", t[3]);
        }
        for (String[] t : encode) {
            assertEquals("encode tid " + t[0] + " cpus", "1", t[2]);
            assertEquals("encode tid " + t[0] + " nice", "-5", t[3]);
        }
        assertEquals("0", knob("scheduler.capture.affinity").path("current").asText());
        assertEquals("-5", knob("scheduler.encode.nice").path("current").asText());

        // the seed's "priority": "high" is renice -10 of the process (every thread but the pipeline's)
        JsonNode opt = ok(post("/api/performance/cpu/optimize", "{\"priority\":\"high\",\"io_priority\":4}"));
        assertTrue(opt.toString(), opt.path("applied").asBoolean());
        String main = TuningTree.threads("java").stream().filter(t -> t[0].equals(String.valueOf(ProcessHandle.current().pid())))
                .findFirst().map(t -> t[3]).orElse("?");
        assertEquals("the JVM's main thread", "-10", main);
        assertEquals(List.of("POST /api/performance/cpu/optimize"), List.of(
                ok(http.get("/api/performance/profile", token)).path("changed_since").get(0).asText()));

        ok(post("/api/performance/tuning/revert", ""));
        for (String[] t : TuningTree.threads("rotordream-")) {
            if (t[1].startsWith("rotordream-capt") || t[1].startsWith("rotordream-enco")) {
                assertEquals(t[1] + " " + t[0], "0-1", t[2]);
                assertEquals(t[1] + " " + t[0], "0", t[3]);
            }
        }
    }

    private void awaitThreads() throws Exception {
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            if (!TuningTree.threads("rotordream-capt").isEmpty() && !TuningTree.threads("rotordream-enco").isEmpty()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no capture and encode threads: " + ok(http.get("/api/camera/status", token)));
    }

    /** A profile apply that one consumer refuses leaves every knob and every PID as it was. */
    @Test
    public void aRefusedPartLeavesEveryKnobAndConfigurationUnchanged() throws Exception {
        ok(http.json("PUT", "/api/camera/encoding/advanced", token, "{\"profile\":\"baseline\",\"entropy_coding\":\"cavlc\"}"));
        try {
            String threads = effective("/api/camera/encoding").toString();
            Http.Reply r = post("/api/performance/profile/apply", "{\"profile\":\"high_performance\"}");
            assertEquals(r.toString(), 400, r.status);
            JsonNode e = r.json().path("error");
            assertEquals("b_frames", e.path("field").asText());
            assertTrue(e.toString(), e.path("message").asText().contains("rotordream.camera.encoding")
                    && e.path("message").asText().contains("nothing was changed"));
            assertEquals("60", file("proc/sys/vm/swappiness"));
            assertEquals("8192", file("sys/block/vda/queue/read_ahead_kb"));
            assertEquals(threads, effective("/api/camera/encoding").toString());
            assertEquals(4, effective("/api/camera/capture").path("queue_length").asInt());
            assertEquals(16, effective("/api/performance/memory/status").path("configuration").path("frame_buffer_count").asInt());
            assertTrue(ok(http.get("/api/performance/profile", token)).path("profile").isMissingNode());
            assertTrue(ok(http.get("/api/performance/tuning", token)).path("saved_configuration").isEmpty());
        } finally {
            ok(http.json("PUT", "/api/camera/encoding/advanced", token, "{\"profile\":\"high\",\"entropy_coding\":\"cabac\"}"));
        }
    }

    @Test
    public void unknownKnobsAndBadValuesAre400NamingThem() {
        String[][] cases = {
            { "PUT", "/api/performance/storage/config", "{\"bogus\":1}", "bogus" },
            { "PUT", "/api/performance/storage/config", "{\"read_ahead_kb\":-5}", "read_ahead_kb" },
            { "PUT", "/api/performance/storage/config", "{\"io_scheduler\":\"cfq\"}", "io_scheduler" },
            { "PUT", "/api/performance/memory/config", "{\"swappiness\":500}", "swappiness" },
            { "PUT", "/api/performance/memory/config", "{\"heap_size_mb\":512}", "heap_size_mb" },
            { "PUT", "/api/performance/network/config", "{\"mtu_size\":70000}", "mtu" },
            { "PUT", "/api/performance/latency/config", "{\"target_latency_ms\":50,\"frame_buffering\":8}", "frame_buffering" },
            { "POST", "/api/performance/cpu/optimize", "{\"priority\":\"urgent\"}", "priority" },
            { "POST", "/api/performance/cpu/optimize", "{\"affinity\":[7]}", "scheduler.process.affinity" },
            { "POST", "/api/performance/profile/apply", "{\"profile\":\"nope\"}", "profile" },
            { "POST", "/api/performance/profile/apply", "{\"profile\":\"balanced\",\"components\":[\"gpu\"]}", "components" },
            { "POST", "/api/performance/profiles", "{\"name\":\"x1\",\"settings\":{\"warp_drive\":1}}", "warp_drive" },
            { "POST", "/api/performance/profiles", "{\"name\":\"x1\",\"include\":\"nope\"}", "include" },
            { "POST", "/api/performance/tuning/drop_caches", "{\"level\":4}", "level" },
            { "POST", "/api/performance/profile/apply?dry_run=maybe", "{\"profile\":\"balanced\"}", "dry_run" },
        };
        for (String[] c : cases) {
            Http.Reply r = http.json(c[0], c[1], token, c[2]);
            assertEquals(c[1] + " " + c[2] + " -> " + r, 400, r.status);
            assertEquals(c[1] + " " + c[2] + " -> " + r, c[3], r.json().path("error").path("field").asText());
        }
    }

    @Test
    public void customProfilesByApiAndByFileDropWithInheritance() throws Exception {
        JsonNode night = ok(post("/api/performance/profiles",
                "{\"name\":\"night\",\"include\":\"low_latency\",\"settings\":{\"swappiness\":20,\"busy_poll\":-1}}"));
        List<String> chain = new ArrayList<>();
        night.path("chain").forEach(n -> chain.add(n.asText()));
        assertEquals(List.of("night", "low_latency", "balanced"), chain);
        assertEquals(20, night.path("resolved").path("swappiness").asInt());
        assertEquals("ultrafast", night.path("resolved").path("encoding_preset").asText());
        assertTrue(night.path("resolved").path("busy_poll").isMissingNode());
        assertEquals(409, post("/api/performance/profiles", "{\"name\":\"night\"}").status);
        JsonNode plan = ok(post("/api/performance/profile/apply?dry_run=true", "{\"profile\":\"night\",\"components\":[\"memory\"]}"));
        assertEquals("20", find(plan.path("plan"), "knob", "vm.swappiness").path("new_value").asText());

        Files.writeString(home().resolve("etc/rotordream.profile-dropped.cfg"), "include=balanced\nswappiness=15\n");
        long end = System.currentTimeMillis() + 15_000;
        Http.Reply r = null;
        while (System.currentTimeMillis() < end && (r = http.get("/api/performance/profiles/dropped", token)).status != 200) {
            Thread.sleep(200);
        }
        assertEquals(String.valueOf(r), 200, r.status);
        assertEquals(15, r.json().path("resolved").path("swappiness").asInt());
        assertEquals("schedutil", r.json().path("resolved").path("governor").asText());

        assertEquals(409, http.send("DELETE", "/api/performance/profiles/balanced", token, null, null).status);
        assertEquals(409, http.send("DELETE", "/api/performance/profiles/low_latency", token, null, null).status);
        Http.Reply cycle = http.json("PUT", "/api/performance/profiles/low_latency", token,
                "{\"include\":\"night\",\"settings\":{}}");
        assertEquals(cycle.toString(), 400, cycle.status);
        assertTrue(cycle.toString(), cycle.body.contains("low_latency -> night -> low_latency"));
        assertEquals(204, http.send("DELETE", "/api/performance/profiles/night", token, null, null).status);
        Files.delete(home().resolve("etc/rotordream.profile-dropped.cfg"));
    }

    @Test
    public void trafficShapingClassesAndFiltersInTheTestNamespace() throws Exception {
        JsonNode r = ok(http.json("PUT", "/api/performance/network/config", token, "{\"qos\":true,\"mtu_size\":9000}"));
        JsonNode change = find(r.path("plan"), "knob", "qos." + TuningTree.NETNS + "/va");
        assertTrue(change.toString(), change.path("new_value").asText().startsWith("htb 20000kbit video=16000/20000kbit:8554"));
        String classes = TuningTree.must("ip", "netns", "exec", TuningTree.NETNS, "tc", "class", "show", "dev", "va");
        assertTrue(classes, classes.contains("class htb 1:10 parent 1:1") && classes.contains("rate 16Mbit ceil 20Mbit"));
        String filters = TuningTree.must("ip", "netns", "exec", TuningTree.NETNS, "tc", "filter", "show", "dev", "va");
        assertTrue(filters, filters.contains("flowid 1:10") && filters.contains("0000216a/0000ffff")); // dport 8554
        assertTrue(TuningTree.must("ip", "-n", TuningTree.NETNS, "link", "show", "va").contains("mtu 9000"));
        ok(post("/api/performance/tuning/revert", ""));
        assertFalse(TuningTree.must("ip", "netns", "exec", TuningTree.NETNS, "tc", "class", "show", "dev", "va").contains("htb"));
        assertTrue(TuningTree.must("ip", "-n", TuningTree.NETNS, "link", "show", "va").contains("mtu 1500"));
    }

    /** Stopping a plugin or the tuner itself never takes the rest down; the active profile survives the restart. */
    @Test
    public void pluginsAndTheTunerAreHotSwappable() throws Exception {
        ok(post("/api/performance/profile/apply", "{\"profile\":\"low_latency\",\"components\":[\"memory\"]}"));
        Bundle vm = bundle("io.rotordream.tuner.vm");
        vm.stop();
        try {
            JsonNode s = ok(http.get("/api/performance/tuning", token));
            assertFalse(s.path("tuners").toString().contains("\"vm\""));
            assertTrue(s.toString(), s.path("orphaned").toString().contains("vm.swappiness"));
            JsonNode applied = ok(post("/api/performance/profile/apply", "{\"profile\":\"low_latency\",\"components\":[\"memory\"]}"));
            assertTrue(applied.path("notes").toString(), applied.path("notes").toString().contains("rotordream.tuner.vm is not running"));
        } finally {
            vm.start();
        }
        Bundle core = bundle("io.rotordream.tuner.core");
        core.stop();
        try {
            // health reports the tuner's resources as unsatisfied while it is away; the rest serves on
            assertEquals(200, http.get("/api/camera/status", token).status);
            assertEquals(200, http.get("/api/performance/profiles", token).status);
        } finally {
            core.start();
        }
        long end = System.currentTimeMillis() + 15_000;
        Http.Reply r = null;
        while (System.currentTimeMillis() < end && (r = http.get("/api/performance/profile", token)).status != 200) {
            Thread.sleep(200);
        }
        assertEquals("low_latency", r.json().path("profile").asText());
        tuneATempTree(); // wait for the six plugins again
        assertEquals("60", knob("vm.swappiness").path("original").asText());
        assertNotNull(r);
    }
}
