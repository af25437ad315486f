package io.rotordream.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.rotordream.webrtc.server.internal.WhepTestClient;

/**
 * The exported runtime on loopback with Java WHEP viewers (ICE, DTLS, SRTP like a browser, but
 * able to send a PLI on demand and to walk away without a word): WHEP over HTTP with its errors and
 * CORS, a forced PLI yields a keyframe, REMB moves the adaptive bitrate, and 100 sessions opened and
 * abandoned are reclaimed with their sockets and threads.
 */
public class WebRtcJarIT {

    private static final int PORT_MIN = 41100;
    private static final int PORT_MAX = 41299;
    private static RuntimeProcess runtime;
    private static Http http;
    private static String admin;
    private static String viewer;

    @BeforeClass
    public static void start() throws Exception {
        runtime = new RuntimeProcess(List.of(), Map.of(
                "rotordream.streaming.webrtc", "ice_addresses=127.0.0.1\nudp_port_min=" + PORT_MIN + "\nudp_port_max="
                        + PORT_MAX + "\nmax_sessions=150\nconnect_timeout_s=10\nconsent_timeout_s=3\n"
                        + "ice_servers=stun:stun.example.net:3478\n",
                "rotordream.api", "cors_origins=http://player.example\n",
                "rotordream.camera.substream", "sub_enabled=false\n",
                "rotordream.camera.capture", "resolution=640x360\n"));
        runtime.start();
        http = new Http(runtime.port);
        await("ready", 90_000, () -> {
            try {
                return http.get("/api/health", null).status == 200;
            } catch (AssertionError notYet) {
                return false;
            }
        });
        admin = runtime.adminToken();
        Http.Reply r = http.json("POST", "/api/system/tokens", admin, "{\"name\":\"java-viewer\",\"role\":\"viewer\"}");
        assertEquals(r.toString(), 201, r.status);
        viewer = r.json().get("token").asText();
        await("the WHEP endpoint", 30_000, () -> http.send("OPTIONS", "/api/streaming/webrtc/whep", null, null, null)
                .status == 204);
    }

    @AfterClass
    public static void stop() throws Exception {
        if (runtime != null) {
            runtime.close();
        }
    }

    private static void await(String what, long millis, BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not within " + millis + " ms: " + what);
    }

    private static Http.Reply post(String token, String sdp) {
        return http.send("POST", "/api/streaming/webrtc/whep", token, "application/sdp", sdp);
    }

    private static WhepTestClient connect(List<WhepTestClient> keep) throws Exception {
        WhepTestClient c = new WhepTestClient();
        keep.add(c);
        Http.Reply r = post(viewer, c.offer(true));
        assertEquals(r.toString(), 201, r.status);
        c.connect(r.body, null);
        return c;
    }

    @Test
    public void whepOverHttpAnswersRefusesNamingWhyAndHonoursCors() throws Exception {
        String offer = new WhepTestClient().offer(true);
        assertEquals(401, post(null, offer).status);
        Http.Reply ok = post(viewer, offer);
        assertEquals(ok.toString(), 201, ok.status);
        assertEquals("application/sdp", ok.header("Content-Type"));
        assertTrue(ok.header("Location"), ok.header("Location").matches(".*/api/streaming/webrtc/sessions/[0-9a-f]{32}"));
        assertNotNull(ok.header("ETag"));
        assertEquals("<stun:stun.example.net:3478>; rel=\"ice-server\"", ok.header("Link"));
        assertTrue(ok.body, ok.body.contains("m=audio 0 "));
        String session = ok.header("Location").replaceAll(".*/api/", "/api/");
        assertEquals(204, http.send("PATCH", session, viewer, "application/trickle-ice-sdpfrag",
                "a=mid:0\r\na=candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host\r\n").status);
        assertEquals(200, http.send("DELETE", session, viewer, null, null).status);
        assertEquals(404, http.send("DELETE", session, viewer, null, null).status);

        JsonNode vp8 = post(viewer, offer.replace("H264/90000", "VP8/90000")).json().path("error");
        assertEquals(406, vp8.path("status").asInt());
        assertEquals("no_common_codec", vp8.path("code").asText());
        assertTrue(vp8.toString(), vp8.path("message").asText().contains("the stream is H264"));
        JsonNode nofp = post(viewer, offer.replaceAll("a=fingerprint:[^\r]*\r\n", "")).json().path("error");
        assertEquals(400, nofp.path("status").asInt());
        assertEquals("no_fingerprint", nofp.path("code").asText());

        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> pre = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + runtime.port + "/api/streaming/webrtc/whep"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://player.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(204, pre.statusCode());
        assertEquals("http://player.example", pre.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("PATCH"));
        java.net.http.HttpResponse<String> other = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + runtime.port + "/api/streaming/webrtc/whep"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://elsewhere.example").header("Access-Control-Request-Method", "POST").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(403, other.statusCode());

        assertEquals(200, http.get("/webrtc/", null).status);
        assertTrue(http.get("/webrtc/player.js", null).body.contains("application/sdp"));
    }

    @Test
    public void configurationIsValidatedAndAudioIsAcceptedButNotCaptured() {
        Http.Reply bad = http.json("PUT", "/api/streaming/webrtc/config", admin, "{\"udp_port_max\":10}");
        assertEquals(bad.toString(), 400, bad.status);
        assertEquals("udp_port_max", bad.json().path("error").path("field").asText());
        assertEquals(403, http.json("PUT", "/api/streaming/webrtc/config", viewer, "{\"bandwidth_kbps\":3000}").status);
        Http.Reply ok = http.json("PUT", "/api/streaming/webrtc/config", admin,
                "{\"video_codec\":\"h264\",\"audio_codec\":\"opus\",\"bandwidth_kbps\":4000,\"adaptive_bitrate\":true,"
                        + "\"ice_servers\":[\"stun:stun.example.net:3478\"]}");
        assertEquals(ok.toString(), 200, ok.status);
        assertEquals(4000, ok.json().path("bandwidth_kbps").asInt());
        assertTrue(ok.json().path("audio_status").asText().contains("not captured"));
        assertEquals("audio_codec", http.json("PUT", "/api/streaming/webrtc/config", admin,
                "{\"audio_codec\":\"mp3\"}").json().path("error").path("field").asText());
        assertEquals("max_bitrate_kbps", http.json("PUT", "/api/streaming/adaptive", admin,
                "{\"min_bitrate_kbps\":3000,\"max_bitrate_kbps\":2000}").json().path("error").path("field").asText());
    }

    @Test
    public void aForcedPliYieldsAKeyframeAndRembMovesTheAdaptiveBitrate() throws Exception {
        assertEquals(200, http.json("PUT", "/api/camera/encoding/config", admin, "{\"gop_size\":600}").status);
        assertEquals(200, http.json("PUT", "/api/streaming/adaptive", admin, "{\"enabled\":true,\"min_bitrate_kbps\":300,"
                + "\"max_bitrate_kbps\":4000,\"step_size_kbps\":200,\"adjustment_interval_ms\":500}").status);
        List<WhepTestClient> clients = new ArrayList<>();
        try {
            WhepTestClient c = connect(clients);
            await("the first keyframe", 10_000, () -> !c.keyframeNanos.isEmpty());
            Thread.sleep(1500);
            int before = c.keyframeNanos.size();
            long sent = System.nanoTime();
            c.sendPli();
            await("a keyframe after the PLI", 3_000, () -> c.keyframeNanos.size() > before);
            System.out.println("PLI to keyframe: " + (c.keyframeNanos.get(before) - sent) / 1_000_000 + " ms");
            JsonNode s = http.get("/api/streaming/webrtc/sessions", viewer).json().get(0);
            assertTrue(s.toString(), s.path("plis").asInt() >= 1);
            assertEquals("secured", s.path("state").asText());

            for (int i = 0; i < 40; i++) {
                c.sendRemb(800_000);
                Thread.sleep(100);
            }
            JsonNode main = http.get("/api/streaming/adaptive", viewer).json().path("streams").get(0);
            assertEquals(main.toString(), "main", main.path("mount").asText());
            assertTrue(main.toString(), main.path("target_kbps").asInt() <= 720 && main.path("target_kbps").asInt() >= 300);
            assertEquals(800, main.path("lowest_estimate_kbps").asInt());
        } finally {
            clients.forEach(WhepTestClient::close);
            http.json("PUT", "/api/camera/encoding/config", admin, "{\"gop_size\":30}");
        }
        await("the controller lets go when the viewer leaves", 10_000,
                () -> http.get("/api/streaming/adaptive", viewer).json().path("streams").get(0).path("target_kbps").asInt() == 0);
    }

    /**
     * UDP sockets of the runtime process bound in the session port range. /proc/PID/net/udp lists
     * the whole network namespace's, this test's own WHEP clients too, whose ephemeral ports can
     * fall in the range (CI once counted 101 of 100): only the sockets among the process's open
     * files count.
     */
    private static long sessionSockets() throws Exception {
        Set<String> own = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc", String.valueOf(runtime.pid()), "fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        own.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor went away between listing and reading: not a socket to count
                }
            }
        }
        long n = 0;
        for (String file : List.of("udp", "udp6")) {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(runtime.pid()), "net", file))) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[1].contains(":") && own.contains(f[9])) {
                    int port = Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16);
                    if (port >= PORT_MIN && port <= PORT_MAX) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static long threads() throws Exception {
        try (var s = Files.list(Path.of("/proc", String.valueOf(runtime.pid()), "task"))) {
            return s.count();
        }
    }

    @Test
    public void hundredAbandonedSessionsAreReclaimedWithTheirSocketsAndThreads() throws Exception {
        List<WhepTestClient> clients = new ArrayList<>();
        WhepTestClient warm = connect(clients);
        await("warm-up media", 10_000, () -> warm.accessUnits.get() > 5);
        warm.close();
        await("warm-up reclaimed", 15_000, () -> "[]".equals(http.get("/api/streaming/webrtc/sessions", viewer).body.strip()));
        Thread.sleep(3000); // the DTLS pool's idle threads end
        long threadsBefore = threads();
        assertEquals(0, sessionSockets());
        String offer = new WhepTestClient().offer(true);
        for (int i = 0; i < 98; i++) {
            assertEquals(201, post(viewer, offer).status);
        }
        for (int i = 0; i < 2; i++) {
            WhepTestClient c = connect(clients);
            await("media", 10_000, () -> c.accessUnits.get() > 3);
            c.abandon();
        }
        assertEquals(100, sessionSockets());
        assertEquals(100, http.get("/api/streaming/webrtc/sessions", viewer).json().size());
        await("all 100 reclaimed by timeout", 30_000,
                () -> "[]".equals(http.get("/api/streaming/webrtc/sessions", viewer).body.strip()));
        await("their sockets closed", 5_000, () -> {
            try {
                return sessionSockets() == 0;
            } catch (Exception e) {
                return false;
            }
        });
        await("threads back to where they were (" + threadsBefore + ")", 15_000, () -> {
            try {
                return threads() <= threadsBefore;
            } catch (Exception e) {
                return false;
            }
        });
        clients.forEach(WhepTestClient::close);
    }
}
