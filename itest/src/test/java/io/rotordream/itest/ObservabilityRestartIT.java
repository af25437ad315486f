package io.rotordream.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The exported jar killed with SIGKILL and started again on the same data directory: the trend
 * points recorded before the kill are still served, new ones follow, and the alert history and
 * the alert's state (firing, already notified) come back without a second notification.
 */
public class ObservabilityRestartIT {

    /** Each test's data directory (~50 MB with its bundle cache), deleted after the test has stopped the runtime. */
    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    private Path data;
    private int port;
    private Process process;
    private Path log;

    @Before
    public void setUp() throws IOException {
        data = tmp.newFolder().toPath();
        log = data.resolve("stdout.log");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
    }

    @After
    public void tearDown() throws Exception {
        Processes.end(process);
    }

    private void start() throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Drotordream.home=" + data, "-Dfelix.cm.dir=" + data.resolve("config"),
                "-Dfelix.fileinstall.dir=" + data.resolve("etc"), "-Dorg.osgi.service.http.port=" + port,
                "-Dlaunch.storage.dir=" + data.resolve("cache"), "-jar", System.getProperty("rotordream.jar")));
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private void awaitReady(Http http) throws Exception {
        long end = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < end) {
            assertTrue("runtime exited early:\n" + Files.readString(log), process.isAlive());
            try {
                if (http.get("/api/health", null).status == 200
                        && http.get("/api/performance/trends/series", Files.readString(data.resolve("admin.token")).trim())
                                .status == 200) {
                    return;
                }
            } catch (AssertionError | IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not ready within 90 s:\n" + Files.readString(log));
    }

    private static void await(String what, Http http, String token, String path, java.util.function.Predicate<JsonNode> ok)
            throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        JsonNode last = null;
        while (System.currentTimeMillis() < end) {
            Http.Reply r = http.get(path, token);
            if (r.status == 200) {
                last = r.json();
                if (ok.test(last)) {
                    return;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("timed out waiting for " + what + ": " + last);
    }

    static List<Instant> recorded(JsonNode trends) {
        List<Instant> out = new ArrayList<>();
        for (JsonNode p : trends.path("series").path(0).path("points")) {
            if (p.has("avg")) {
                out.add(Instant.parse(p.path("timestamp").asText()));
            }
        }
        return out;
    }

    static long firings(JsonNode history) {
        long n = 0;
        for (JsonNode h : history) {
            if (h.path("rule").asText().equals("restart_check") && h.path("state").asText().equals("firing")) {
                n++;
            }
        }
        return n;
    }

    @Test
    public void trendsAlertStateAndHistorySurviveAKill() throws Exception {
        Http http = new Http(port);
        start();
        awaitReady(http);
        String admin = Files.readString(data.resolve("admin.token")).trim();
        Http.Reply rule = http.json("PUT", "/api/performance/alerts/rules/restart_check", admin, "{\"metric\":"
                + "\"memory_usage_percent\",\"threshold\":0,\"for_seconds\":0,\"cooldown_minutes\":60,\"severity\":\"info\"}");
        assertEquals(rule.toString(), 200, rule.status);
        String trends = "/api/performance/trends?period=10m&step=1s&metrics=memory_usage_percent";
        await("firing", http, admin, "/api/performance/alerts", a -> a.toString().contains("\"firing\""));
        await("5 s of history", http, admin, trends, t -> recorded(t).size() >= 5);
        List<Instant> before = recorded(http.get(trends, admin).json());
        assertEquals(1, firings(http.get("/api/performance/alerts/history", admin).json()));

        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // kill -9
        Instant killed = Instant.now();
        start();
        awaitReady(http);
        await("new points after the restart", http, admin, trends,
                t -> recorded(t).stream().anyMatch(i -> i.isAfter(killed.plusSeconds(1))));
        List<Instant> after = recorded(http.get(trends, admin).json());
        assertTrue("every point recorded before the kill is still there: " + before + " vs " + after,
                after.containsAll(before));
        System.out.println("trend points: " + before.size() + " before the kill, " + after.size() + " after the restart");

        JsonNode rules = http.get("/api/performance/alerts/rules", admin).json();
        String state = "";
        for (JsonNode r : rules) {
            if (r.path("rule").asText().equals("restart_check")) {
                state = r.path("state").asText();
            }
        }
        assertEquals("the firing state came back", "firing", state);
        Thread.sleep(2500);
        assertEquals("no second notification after the restart", 1,
                firings(http.get("/api/performance/alerts/history", admin).json()));
        process.destroy();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    }
}
