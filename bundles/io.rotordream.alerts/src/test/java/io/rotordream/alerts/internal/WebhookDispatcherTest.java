package io.rotordream.alerts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.sun.net.httpserver.HttpServer;

/** Deliveries to a receiver on 127.0.0.1 that fails first, then answers. */
public class WebhookDispatcherTest {

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    static final WebhookDispatcher.Settings FAST = new WebhookDispatcher.Settings(5, 50, 400, 2000, 10);

    static HttpServer receiver(List<String> bodies, List<Long> times, int failures, int failStatus) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.createContext("/hook", ex -> {
            bodies.add(new String(ex.getRequestBody().readAllBytes()));
            times.add(System.nanoTime());
            int status = calls.incrementAndGet() <= failures ? failStatus : 204;
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        s.start();
        return s;
    }

    static void await(java.util.function.BooleanSupplier c) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (!c.getAsBoolean() && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
    }

    @Test
    public void retriesWithGrowingBackoffUntilDelivered() throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        List<Long> times = new CopyOnWriteArrayList<>();
        HttpServer s = receiver(bodies, times, 3, 503);
        Path dir = tmp.newFolder().toPath();
        WebhookDispatcher d = new WebhookDispatcher(dir.resolve("q.json"), FAST, System::currentTimeMillis);
        String url = "http://127.0.0.1:" + s.getAddress().getPort() + "/hook";
        d.enqueue(List.of(url), Map.of("rule", "cpu_high", "state", "firing"));
        await(() -> d.status().get(url).delivered == 1);
        d.stop();
        s.stop(0);
        assertEquals(4, bodies.size());
        assertTrue(bodies.get(3).contains("\"rule\":\"cpu_high\""));
        WebhookDispatcher.Status st = d.status().get(url);
        assertEquals(3, st.retried);
        assertEquals(204, (int) st.lastStatus);
        // waits of about 50, 100, 200 ms between the attempts
        long gap1 = (times.get(1) - times.get(0)) / 1_000_000;
        long gap3 = (times.get(3) - times.get(2)) / 1_000_000;
        assertTrue("first retry after " + gap1 + " ms", gap1 >= 45);
        assertTrue("third retry after " + gap3 + " ms", gap3 >= 190);
        assertEquals("[]", Files.readString(dir.resolve("q.json")));
    }

    @Test
    public void aClientErrorIsFinalAndAnUnreachableReceiverIsGivenUpAfterTheAttempts() throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer s = receiver(bodies, new CopyOnWriteArrayList<>(), 100, 400);
        WebhookDispatcher d = new WebhookDispatcher(tmp.newFolder().toPath().resolve("q.json"), FAST,
                System::currentTimeMillis);
        String bad = "http://127.0.0.1:" + s.getAddress().getPort() + "/hook";
        String closed = "http://127.0.0.1:1/nobody";
        d.enqueue(List.of(bad, closed), Map.of("rule", "x"));
        await(() -> d.status().get(bad).failed == 1 && d.status().get(closed).failed == 1);
        d.stop();
        s.stop(0);
        assertEquals("400 is not retried", 1, bodies.size());
        assertEquals(4, d.status().get(closed).retried);
        assertTrue(d.status().get(closed).lastError.contains("Connect"));
    }

    @Test
    public void theQueueIsBoundedAndSurvivesARestart() throws Exception {
        Path file = tmp.newFolder().toPath().resolve("q.json");
        WebhookDispatcher.Settings tiny = new WebhookDispatcher.Settings(5, 60_000, 60_000, 500, 3);
        // nobody listens: the first attempt fails, the next is a minute away
        WebhookDispatcher d = new WebhookDispatcher(file, tiny, System::currentTimeMillis);
        for (int i = 0; i < 5; i++) {
            d.enqueue(List.of("http://127.0.0.1:1/x"), Map.of("n", i));
        }
        assertEquals(3, d.depth());
        assertEquals(2, d.status().get("http://127.0.0.1:1/x").dropped);
        d.stop();
        WebhookDispatcher again = new WebhookDispatcher(file, tiny, System::currentTimeMillis);
        assertEquals("queued deliveries come back after a restart", 3, again.depth());
        again.stop();
    }

    @Test
    public void backoffDoublesUpToItsMaximum() {
        assertEquals(50, WebhookDispatcher.backoff(FAST, 1));
        assertEquals(100, WebhookDispatcher.backoff(FAST, 2));
        assertEquals(400, WebhookDispatcher.backoff(FAST, 4));
        assertEquals(400, WebhookDispatcher.backoff(FAST, 10));
        assertEquals("https://host:8443/path", WebhookDispatcher.redact("https://user:pw@host:8443/path?token=x"));
    }
}
