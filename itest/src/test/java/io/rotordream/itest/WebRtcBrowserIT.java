package io.rotordream.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The proof in a real browser: the exported runtime and headless Debian Chromium in a network
 * namespace of the test's own; Chromium opens the appliance's player page with a viewer token,
 * plays H.264 over WHEP, and the synthetic sensor's time codes are read back from the presented
 * frames (sequence, glass-to-glass latency). Then the send path drops 5 % of RTP (the test hook):
 * NACKs are answered and decoding goes on.
 */
public class WebRtcBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static NetNamespace ns;
    private static RuntimeProcess runtime;
    private static String viewer;

    @BeforeClass
    public static void start() throws Exception {
        Path script = Path.of("browser", "whep-check.js").toAbsolutePath();
        assertTrue("npm dependencies of itest/browser are installed (bin/test runs npm ci)",
                Files.isDirectory(script.getParent().resolve("node_modules/playwright-core")));
        ns = NetNamespace.create("rdwebrtc");
        assumeTrue("needs root to make a network namespace (ip netns)", ns != null);
        runtime = new RuntimeProcess(ns.prefix(), Map.of(
                "rotordream.streaming.webrtc", "ice_addresses=127.0.0.1\nudp_port_min=41000\nudp_port_max=41099\n",
                "rotordream.camera.substream", "sub_enabled=false\n",
                // 360p keeps the encoder and Chromium's software decoder light on a shared 2-core machine;
                // bench/webrtc.sh measures 720p.
                "rotordream.camera.capture", "resolution=640x360\nframe_rate=30\n"));
        runtime.start();
        long end = System.currentTimeMillis() + 90_000;
        while (!curl("GET", "/api/health", null, null).contains("\"UP\"")) {
            assertTrue("runtime exited:\n" + runtime.logText(), runtime.alive());
            assertTrue("not ready:\n" + runtime.logText(), System.currentTimeMillis() < end);
            Thread.sleep(300);
        }
        String created = curl("POST", "/api/system/tokens", runtime.adminToken(),
                "{\"name\":\"browser\",\"role\":\"viewer\"}");
        viewer = JSON.readTree(created).path("token").asText();
        assertTrue(created, viewer.length() > 10);
    }

    @AfterClass
    public static void stop() throws Exception {
        if (runtime != null) {
            runtime.close();
        }
        if (ns != null) {
            ns.close();
        }
    }

    static String curl(String method, String path, String token, String json) throws Exception {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("curl", "-s", "-m", "10", "-X", method));
        if (token != null) {
            cmd.addAll(java.util.List.of("-H", "Authorization: Bearer " + token));
        }
        if (json != null) {
            cmd.addAll(java.util.List.of("-H", "Content-Type: application/json", "--data-binary", json));
        }
        cmd.add("http://127.0.0.1:" + runtime.port + path);
        return runtime.exec(20, cmd.toArray(new String[0]));
    }

    private static JsonNode browser(int seconds) throws Exception {
        String out = runtime.exec(120, "node", Path.of("browser", "whep-check.js").toAbsolutePath().toString(),
                "--base", "http://127.0.0.1:" + runtime.port, "--token", viewer, "--seconds", String.valueOf(seconds));
        String last = out.strip().lines().reduce((a, b) -> b).orElse("");
        JsonNode r = JSON.readTree(last.isEmpty() ? "{}" : last);
        assertTrue("browser run failed: " + out + "\n" + tail(runtime.logText()), r.path("error").isMissingNode());
        return r.path("viewers").get(0);
    }

    private static String tail(String s) {
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }

    @Test
    public void chromiumPlaysH264AndTheTimeCodesComeBackInOrder() throws Exception {
        JsonNode v = browser(6);
        JsonNode st = v.path("stats");
        JsonNode tc = v.path("timecode");
        assertTrue("longest stall " + v.path("longestStallMs") + " ms", v.path("longestStallMs").asDouble() < 1000);
        System.out.println("WebRTC in Chromium: first frame " + Math.round(v.path("firstFrameAfterPostMs").asDouble())
                + " ms after the POST; " + st + "; time code " + tc);
        assertEquals("video/H264", st.path("codec").asText());
        assertEquals(640, st.path("width").asInt());
        int decoded = v.path("decodedDuring").asInt();
        assertTrue("framesDecoded grows: " + v, decoded > 30);
        assertTrue("frames are presented: " + tc, tc.path("presented").asInt() > 20);
        assertTrue("time codes readable: " + tc, tc.path("readable").asInt() >= tc.path("presented").asInt() * 0.9);
        assertEquals("never backwards or repeated: " + tc, 0, tc.path("backwards").asInt());
        int span = tc.path("lastSeq").asInt() - tc.path("firstSeq").asInt() + 1;
        // Continuity: the frames of the sequence range reached the decoder. A loaded headless
        // Chromium presents fewer than it decodes, so presented gaps alone prove nothing.
        assertTrue("decoded " + decoded + " frames while the time code went over " + span, decoded >= span * 0.7);
        assertTrue("latency measured: " + tc, tc.path("latencyMedianMs").asDouble() > 0);
        assertEquals("the player ended its session with DELETE", "[]",
                curl("GET", "/api/streaming/webrtc/sessions", viewer, null).strip());
    }

    @Test
    public void injectedLossIsRepairedByNacksAndDecodingGoesOn() throws Exception {
        String admin = runtime.adminToken();
        String put = curl("PUT", "/api/streaming/webrtc/config", admin, "{\"test_drop_percent\":5}");
        assertTrue(put, put.contains("\"test_drop_percent\":5.0"));
        try {
            JsonNode v = browser(6);
            JsonNode st = v.path("stats");
            JsonNode before = v.path("statsBefore");
            System.out.println("WebRTC in Chromium with 5 % dropped: " + st + "; time code " + v.path("timecode"));
            assertTrue("the browser sent NACKs: " + st, st.path("nackCount").asInt() > 0);
            assertTrue("retransmissions arrived: " + st, st.path("retransmitted").asInt() > 0);
            int decoded = v.path("decodedDuring").asInt();
            assertTrue("decoding went on (" + decoded + " frames in 6 s): " + v, decoded > 30);
            // Without freezing: no second without a newly decoded frame (a lost keyframe packet
            // not repaired would stall decoding until the next keyframe).
            assertTrue("longest stall " + v.path("longestStallMs") + " ms", v.path("longestStallMs").asDouble() < 1000);
        } finally {
            curl("PUT", "/api/streaming/webrtc/config", admin, "{\"test_drop_percent\":0}");
        }
    }
}
