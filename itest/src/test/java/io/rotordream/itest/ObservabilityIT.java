package io.rotordream.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rotordream.metrics.api.MetricSource;
import io.rotordream.metrics.api.MetricsSnapshot;
import io.rotordream.metrics.api.SnapshotListener;

/**
 * Observability end to end in the assembled runtime: the realtime figures against the test's own
 * reading of /proc taken in the same collection, Prometheus output through promtool, the event
 * stream, alerts through every channel with a failing-then-answering webhook, the analysis
 * endpoints, and the bundles stopped and started again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ObservabilityIT extends RotorDreamTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ConfigurationAdmin cm;

    static void await(String what, long ms, BooleanSupplier done) throws InterruptedException {
        long end = System.currentTimeMillis() + ms;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    /** One collection: the snapshot and what the probes read right after the collector's own sources. */
    record Pair(MetricsSnapshot snapshot, ProcReading proc, long diskBytes, long diskNanos, long netBytes,
            long netNanos) {
    }

    @Test
    public void realtimeFiguresMatchAnIndependentReadingOfProc() throws Exception {
        // Sources are collected in the order of their names: each probe runs right after the
        // collector's own source of the same files ("system" then "system_probe", ...).
        ProcReading[] cpu = new ProcReading[1];
        long[] disk = new long[2];
        long[] net = new long[2];
        List<Pair> pairs = new CopyOnWriteArrayList<>();
        List<ServiceRegistration<?>> regs = new ArrayList<>();
        regs.add(source("system_probe", sink -> {
            try {
                cpu[0] = ProcReading.cpuAndMemory();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }));
        regs.add(source("disk_probe", sink -> {
            try {
                disk[0] = ProcReading.diskBytes();
                disk[1] = System.nanoTime();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }));
        regs.add(source("network_probe", sink -> {
            try {
                net[0] = ProcReading.netBytes();
                net[1] = System.nanoTime();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }));
        regs.add(context.registerService(SnapshotListener.class,
                s -> pairs.add(new Pair(s, cpu[0], disk[0], disk[1], net[0], net[1])), null));
        try {
            await("6 collections with the probes", 30_000, () -> pairs.size() >= 7);
            Http.Reply r = http.get("/api/performance/metrics/realtime", adminToken());
            assertEquals(r.toString(), 200, r.status);
            JsonNode view = r.json();
            MetricsSnapshot same = pairs.stream().filter(p -> p.snapshot().sequence == view.path("sequence").asLong())
                    .map(Pair::snapshot).findFirst().orElse(null);
            if (same != null) {
                assertEquals("the HTTP view is the snapshot", same.figures.get("cpu_usage_percent"),
                        view.path("performance").path("cpu_usage_percent").asDouble(), 1e-9);
            }
            for (String seed : List.of("cpu_usage_percent", "memory_usage_percent", "video_fps", "encoding_time_ms",
                    "network_latency_ms", "storage_io_mbps")) {
                assertTrue("seed field " + seed + " present: " + view.path("performance"), view.path("performance").has(seed));
            }
            assertTrue("absent sources are named: " + view.path("absent"), view.path("absent").has("network_latency_ms"));
            List<String> report = new ArrayList<>();
            for (int i = 2; i < pairs.size(); i++) {
                Pair a = pairs.get(i - 1);
                Pair b = pairs.get(i);
                Map<String, Double> f = b.snapshot().figures;
                double cpuTest = 100.0 * (b.proc().cpuBusy() - a.proc().cpuBusy()) / (b.proc().cpuTotal() - a.proc().cpuTotal());
                double memTest = 100.0 * (b.proc().memTotal() - b.proc().memAvailable()) / b.proc().memTotal();
                double diskTest = (b.diskBytes() - a.diskBytes()) / ((b.diskNanos() - a.diskNanos()) / 1e9) / 1e6;
                double netTest = (b.netBytes() - a.netBytes()) * 8 / ((b.netNanos() - a.netNanos()) / 1e9) / 1e6;
                double netFigure = f.get("network_rx_megabits_per_second") + f.get("network_tx_megabits_per_second");
                report.add(String.format("cpu %.2f/%.2f mem %.3f/%.3f disk %.4f/%.4f net %.4f/%.4f", f.get("cpu_usage_percent"),
                        cpuTest, f.get("memory_usage_percent"), memTest, f.get("storage_io_mbps"), diskTest, netFigure, netTest));
                assertEquals(report.toString(), cpuTest, f.get("cpu_usage_percent"), 3.0);
                assertEquals(report.toString(), memTest, f.get("memory_usage_percent"), 0.5);
                assertEquals(report.toString(), diskTest, f.get("storage_io_mbps"), 0.15 * Math.max(diskTest, 0) + 0.2);
                assertEquals(report.toString(), netTest, netFigure, 0.15 * Math.max(netTest, 0) + 0.1);
            }
            System.out.println("realtime (collector/test): " + String.join("; ", report));
        } finally {
            regs.forEach(ServiceRegistration::unregister);
        }
    }

    private ServiceRegistration<MetricSource> source(String name, MetricSource s) {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put(MetricSource.NAME, name);
        return context.registerService(MetricSource.class, s, p);
    }

    @Test
    public void prometheusOutputPassesPromtoolAndNeedsAViewerToken() throws Exception {
        String viewer = token("prom-viewer", "viewer");
        http.get("/api/camera/status", viewer);
        http.get("/api/no/such/path", viewer);
        http.get("/api/system/tokens", viewer); // 403 for a viewer
        assertEquals(401, http.get("/metrics", null).status);
        assertEquals(401, http.get("/metrics", "rd1.aaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbc").status);
        Thread.sleep(1500); // one collection takes in the requests above
        Http.Reply r = http.get("/metrics", viewer);
        assertEquals(200, r.status);
        assertTrue(r.header("Content-Type"), r.header("Content-Type").startsWith("text/plain; version=0.0.4"));
        Process p = new ProcessBuilder("promtool", "check", "metrics").redirectErrorStream(true).start();
        p.getOutputStream().write(r.body.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("promtool did not finish", p.waitFor(30, TimeUnit.SECONDS));
        assertEquals("promtool check metrics:\n" + out, 0, p.exitValue());
        assertEquals("no lint problem", "", out.trim());
        for (String family : List.of("rotordream_cpu_seconds_total", "rotordream_memory_available_bytes",
                "rotordream_disk_read_bytes_total", "rotordream_network_receive_bytes_total",
                "rotordream_udp_receive_buffer_errors_total", "rotordream_jvm_gc_pause_seconds_bucket",
                "rotordream_video_encode_seconds", "rotordream_buffer_pool_buffers", "rotordream_alerts",
                "rotordream_history_disk_bytes")) {
            assertTrue(family, r.body.contains("\n" + family));
        }
        assertTrue(r.body.contains("rotordream_api_requests_total{method=\"GET\",endpoint=\"/camera/status\",status=\"200\"}"));
        assertTrue(r.body.contains("endpoint=\"/system/tokens\",status=\"403\""));
        assertTrue("unmatched paths share one label", r.body.contains("endpoint=\"unmatched\",status=\"404\""));
        assertTrue(r.body.contains("rotordream_api_request_duration_seconds_bucket{method=\"GET\",endpoint=\"/camera/status\",status=\"200\",le=\"+Inf\"}"));
        assertFalse("no path is a label", r.body.contains("/no/such/path"));
    }

    /** Reads up to {@code count} "data:" lines of an event stream. */
    private List<String> events(String path, String token, int count, long timeoutMs) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> resp = client.send(req, HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, resp.statusCode());
        ExecutorService ex = Executors.newSingleThreadExecutor();
        try (Stream<String> lines = resp.body()) {
            Future<List<String>> f = ex.submit(() -> lines.filter(l -> l.startsWith("data:")).limit(count)
                    .map(l -> l.substring(5).trim()).toList());
            return f.get(timeoutMs, TimeUnit.MILLISECONDS);
        } finally {
            ex.shutdownNow();
        }
    }

    /** The status of a stream request, without waiting for the stream to end. */
    private int streamStatus(String path, String token) {
        try {
            HttpResponse<java.io.InputStream> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port() + path)).header("Authorization", "Bearer " + token).GET()
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            r.body().close();
            return r.statusCode();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void theRealtimeStreamSendsEverySnapshotAndIsBounded() throws Exception {
        String viewer = token("sse-viewer", "viewer");
        List<String> data = events("/api/performance/metrics/stream", viewer, 3, 20_000);
        assertEquals(3, data.size());
        long previous = -1;
        for (String d : data) {
            JsonNode n = JSON.readTree(d);
            assertTrue(n.path("performance").has("cpu_usage_percent"));
            assertTrue(n.path("sequence").asLong() > previous);
            previous = n.path("sequence").asLong();
        }
        Configuration c = cm.getConfiguration("rotordream.metrics.stream", "?");
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("max_clients", 0);
        c.update(p);
        try {
            await("the stream limit applies", 10_000, () -> streamStatus("/api/performance/metrics/stream", viewer) == 503);
            Http.Reply refused = http.get("/api/performance/metrics/stream", viewer);
            assertEquals("too_many_streams", refused.json().path("error").path("code").asText());
        } finally {
            c.delete();
        }
    }

    @Test
    public void alertsFireThroughEveryChannelAndResolveWithWebhookRetries() throws Exception {
        String op = token("alert-operator", "operator");
        List<Event> events = new CopyOnWriteArrayList<>();
        Hashtable<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, "rotordream/alert/*");
        ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class, events::add, topics);
        try (WebhookReceiver hook = new WebhookReceiver(500, 503)) {
            // refusals name the field and change nothing
            String before = http.get("/api/performance/alerts/config", op).body;
            assertEquals("cpu_threshold", http.json("PUT", "/api/performance/alerts/config", op,
                    "{\"cpu_threshold\":150}").json().path("error").path("field").asText());
            assertEquals("colour", http.json("PUT", "/api/performance/alerts/config", op,
                    "{\"colour\":1}").json().path("error").path("field").asText());
            assertEquals("metric", http.json("PUT", "/api/performance/alerts/rules/bad", op,
                    "{\"metric\":\"Not A Name\",\"threshold\":1}").json().path("error").path("field").asText());
            assertEquals("webhook_urls", http.json("PUT", "/api/performance/alerts/notifications", op,
                    "{\"webhook_urls\":[\"ftp://x\"]}").json().path("error").path("field").asText());
            assertEquals(before, http.get("/api/performance/alerts/config", op).body);
            assertEquals(403, http.json("PUT", "/api/performance/alerts/config", token("alert-viewer", "viewer"),
                    "{\"cpu_threshold\":90}").status);
            // the seed's body as it is
            Http.Reply seed = http.json("PUT", "/api/performance/alerts/config", op, "{\"cpu_threshold\":80,"
                    + "\"memory_threshold\":85,\"fps_threshold\":25,\"latency_threshold\":100,\"alert_cooldown_minutes\":5}");
            assertEquals(seed.toString(), 200, seed.status);
            Http.Reply n = http.json("PUT", "/api/performance/alerts/notifications", op, "{\"webhook_urls\":[\""
                    + hook.url() + "\"],\"webhook_backoff_initial_ms\":300,\"webhook_backoff_max_ms\":2000}");
            assertEquals(n.toString(), 200, n.status);

            List<String> streamed = new CopyOnWriteArrayList<>();
            ExecutorService reader = Executors.newSingleThreadExecutor();
            Future<?> stream = reader.submit(() -> {
                streamed.addAll(events("/api/performance/alerts/stream", op, 1, 30_000));
                return null;
            });
            Thread.sleep(500);
            // memory use is always above 0 %: pending at once, firing 2 s later
            Http.Reply rule = http.json("PUT", "/api/performance/alerts/rules/itest_memory", op, "{\"metric\":"
                    + "\"memory_usage_percent\",\"comparison\":\"gt\",\"threshold\":0,\"for_seconds\":2,"
                    + "\"hysteresis\":0,\"severity\":\"info\",\"cooldown_minutes\":0}");
            assertEquals(rule.toString(), 200, rule.status);
            await("pending", 15_000, () -> state("itest_memory", op).equals("pending")
                    || state("itest_memory", op).equals("firing"));
            await("firing", 15_000, () -> state("itest_memory", op).equals("firing"));
            await("webhook delivered after two failures", 20_000, () -> hook.bodies.size() >= 3);
            assertTrue(hook.bodies.get(2).contains("\"rule\":\"itest_memory\""));
            assertTrue(hook.bodies.get(2).contains("\"state\":\"firing\""));
            long retryGap = (hook.times.get(2) - hook.times.get(1)) / 1_000_000;
            assertTrue("second retry waited the doubled backoff: " + retryGap + " ms", retryGap >= 550);
            stream.get(30, TimeUnit.SECONDS);
            reader.shutdownNow();
            assertTrue(streamed.toString(), streamed.get(0).contains("itest_memory"));
            await("event admin", 5_000, () -> events.stream().anyMatch(e -> e.getTopic().equals("rotordream/alert/firing")
                    && "itest_memory".equals(e.getProperty("rule"))));
            JsonNode delivery = http.get("/api/performance/alerts/notifications", op).json();
            JsonNode st = delivery.path("webhooks").path(hook.url());
            assertEquals(delivery.toString(), 1, st.path("delivered").asInt());
            assertEquals(2, st.path("retried").asInt());
            assertEquals(204, st.path("last_status").asInt());

            // raise the threshold past every value: the alert resolves and that is sent too
            http.json("PUT", "/api/performance/alerts/rules/itest_memory", op, "{\"threshold\":1000}");
            await("resolved", 15_000, () -> !state("itest_memory", op).equals("firing"));
            await("resolved notification", 15_000, () -> hook.bodies.stream().anyMatch(b -> b.contains("\"resolved\"")));
            JsonNode history = http.get("/api/performance/alerts/history?limit=20", op).json();
            List<String> states = new ArrayList<>();
            history.forEach(h -> {
                if (h.path("rule").asText().equals("itest_memory")) {
                    states.add(h.path("state").asText());
                }
            });
            assertTrue(states.toString(), states.containsAll(List.of("pending", "firing", "resolved")));
            assertEquals(204, http.send("DELETE", "/api/performance/alerts/rules/itest_memory", op, null, null).status);
            assertEquals(404, http.send("DELETE", "/api/performance/alerts/rules/itest_memory", op, null, null).status);
        } finally {
            handler.unregister();
            http.json("PUT", "/api/performance/alerts/notifications", adminToken(), "{\"webhook_urls\":[]}");
        }
    }

    private String state(String rule, String token) {
        for (JsonNode r : http.get("/api/performance/alerts/rules", token).json()) {
            if (r.path("rule").asText().equals(rule)) {
                return r.path("state").asText();
            }
        }
        return "absent";
    }

    @Test
    public void trendsRegressionAnalysisAndTroubleshootingAnswer() throws Exception {
        String viewer = token("analysis-viewer", "viewer");
        await("history", 20_000, () -> http.get("/api/performance/trends?period=5m&step=1s", viewer).json()
                .path("series").path(0).path("points").findValues("avg").size() > 2);
        JsonNode t = http.get("/api/performance/trends?period=1h", viewer).json();
        assertEquals(6, t.path("series").size() + t.path("unknown").size());
        for (String period : List.of("24h", "7d")) {
            assertEquals(200, http.get("/api/performance/trends?period=" + period + "&metrics=cpu_usage_percent", viewer).status);
        }
        assertEquals("period", http.get("/api/performance/trends?period=forever", viewer).json().path("error").path("field").asText());
        assertEquals("step", http.get("/api/performance/trends?period=7d&step=1s", viewer).json().path("error").path("field").asText());
        JsonNode reg = http.get("/api/performance/regression/detect?recent=1m&baseline=2m", viewer).json();
        assertTrue(reg.toString(), reg.has("method") && reg.has("regressions") && reg.has("tested"));
        JsonNode b = http.get("/api/performance/analysis/bottlenecks", viewer).json();
        assertTrue(b.toString(), b.has("primary") && b.path("bottlenecks").isArray());
        for (JsonNode x : b.path("bottlenecks")) {
            assertTrue(x.toString(), x.path("evidence").size() > 0);
        }
        JsonNode rec = http.get("/api/performance/analysis/recommendations", viewer).json();
        assertTrue(rec.isArray());
        for (JsonNode x : rec) {
            assertTrue(x.toString(), x.path("apply").path("path").asText().startsWith("/api/"));
            assertFalse(x.path("reason").asText().isEmpty());
        }
        for (String area : List.of("cpu", "memory", "storage", "network")) {
            JsonNode r = http.get("/api/performance/troubleshoot/" + area, viewer).json();
            assertEquals(r.toString(), area, r.path("area").asText());
            assertNotNull(r.path("status").asText());
        }
        assertEquals("area", http.get("/api/performance/troubleshoot/gpu", viewer).json().path("error").path("field").asText());
        assertEquals(401, http.get("/api/performance/analysis/bottlenecks", null).status);
    }

    @Test
    public void stoppingTheObservabilityBundlesLeavesTheRestRunning() throws Exception {
        String admin = adminToken();
        Bundle collector = bundle("io.rotordream.metrics.collector");
        collector.stop();
        try {
            await("realtime unavailable", 10_000,
                    () -> http.get("/api/performance/metrics/realtime", admin).status == 503);
            assertEquals(200, http.get("/api/camera/status", admin).status);
            assertEquals(200, http.get("/api/performance/alerts", admin).status);
        } finally {
            collector.start();
        }
        await("realtime back", 15_000, () -> http.get("/api/performance/metrics/realtime", admin).status == 200);
        for (String name : List.of("io.rotordream.alerts", "io.rotordream.metrics.history", "io.rotordream.metrics.rest")) {
            Bundle b = bundle(name);
            b.stop();
            try {
                await("camera status while " + name + " is stopped", 15_000,
                        () -> http.get("/api/camera/status", admin).status == 200);
            } finally {
                b.start();
            }
        }
        await("alerts back", 15_000, () -> http.get("/api/performance/alerts", admin).status == 200);
        await("trends back", 15_000, () -> http.get("/api/performance/trends?period=1h", admin).status == 200);
    }
}
