package io.rotordream.alerts.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rotordream.platform.api.AtomicFiles;

/**
 * Delivers notifications to webhooks on one thread of its own: POST JSON, retried with exponential
 * backoff on a connection failure, a timeout, 408, 429 or 5xx (another 4xx is final), given up
 * after the configured attempts. The queue is bounded (the oldest goes first, counted) and kept in
 * a state file, rewritten atomically on every change, so a restart or a kill -9 loses nothing that
 * was queued. Each URL's delivery status is kept for the API.
 */
final class WebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    /** Per URL, what happened to its deliveries. */
    static final class Status {
        public long delivered;
        public long failed;
        public long retried;
        public long dropped;
        public Integer lastStatus;
        public String lastError;
        public Long lastAttemptMs;
        public Long lastDeliveredMs;
    }

    record Settings(int maxAttempts, long backoffInitialMs, long backoffMaxMs, int timeoutMs, int queueSize) {
    }

    private final Path file;
    private final LongSupplier clock;
    private final ObjectMapper mapper = new ObjectMapper();
    private final List<Map<String, Object>> queue = new ArrayList<>();
    private final Map<String, Status> status = new ConcurrentHashMap<>();
    private final Thread worker;
    private volatile Settings settings;
    private volatile boolean running = true;

    WebhookDispatcher(Path file, Settings settings, LongSupplier clock) {
        this.file = file;
        this.settings = settings;
        this.clock = clock;
        load();
        worker = new Thread(this::run, "rotordream-alert-webhooks");
        worker.setDaemon(true);
        worker.start();
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            queue.addAll(mapper.readValue(file.toFile(), new TypeReference<List<Map<String, Object>>>() {
            }));
        } catch (IOException e) {
            LOG.warn("the webhook queue {} cannot be read: {}", file, e.toString());
        }
    }

    void settings(Settings s) {
        settings = s;
    }

    /** Queues one notification for each URL. */
    synchronized void enqueue(List<String> urls, Map<String, Object> payload) {
        for (String url : urls) {
            while (queue.size() >= settings.queueSize()) {
                Map<String, Object> oldest = queue.remove(0);
                status(String.valueOf(oldest.get("url"))).dropped++;
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("url", url);
            d.put("payload", payload);
            d.put("attempts", 0);
            d.put("due_ms", clock.getAsLong());
            queue.add(d);
            status(url);
        }
        save();
        notifyAll();
    }

    private Status status(String url) {
        return status.computeIfAbsent(url, u -> new Status());
    }

    Map<String, Status> status() {
        return status;
    }

    synchronized int depth() {
        return queue.size();
    }

    void stop() throws InterruptedException {
        running = false;
        synchronized (this) {
            notifyAll();
        }
        worker.interrupt();
        worker.join(10_000);
    }

    private void run() {
        while (running) {
            Map<String, Object> next;
            synchronized (this) {
                next = due();
                if (next == null) {
                    try {
                        wait(waitMillis());
                    } catch (InterruptedException e) {
                        return;
                    }
                    continue;
                }
            }
            attempt(next);
        }
    }

    private Map<String, Object> due() {
        long now = clock.getAsLong();
        for (Map<String, Object> d : queue) {
            if (((Number) d.get("due_ms")).longValue() <= now) {
                return d;
            }
        }
        return null;
    }

    private long waitMillis() {
        long now = clock.getAsLong();
        long soonest = Long.MAX_VALUE;
        for (Map<String, Object> d : queue) {
            soonest = Math.min(soonest, ((Number) d.get("due_ms")).longValue());
        }
        return soonest == Long.MAX_VALUE ? 60_000 : Math.max(1, Math.min(60_000, soonest - now));
    }

    private void attempt(Map<String, Object> d) {
        String url = String.valueOf(d.get("url"));
        int attempts = ((Number) d.get("attempts")).intValue() + 1;
        Settings s = settings;
        int code = -1;
        String error = null;
        try {
            code = post(url, mapper.writeValueAsBytes(d.get("payload")), attempts, s.timeoutMs());
        } catch (IOException | RuntimeException e) {
            error = e.toString();
        }
        boolean ok = code >= 200 && code < 300;
        boolean retry = !ok && (code < 0 || code == 408 || code == 429 || code >= 500) && attempts < s.maxAttempts();
        synchronized (this) {
            Status st = status(url);
            st.lastAttemptMs = clock.getAsLong();
            st.lastStatus = code < 0 ? null : code;
            st.lastError = ok ? null : error != null ? error : "HTTP " + code;
            if (!queue.contains(d)) {
                return; // dropped for space meanwhile
            }
            if (ok) {
                st.delivered++;
                st.lastDeliveredMs = st.lastAttemptMs;
                queue.remove(d);
            } else if (retry) {
                st.retried++;
                d.put("attempts", attempts);
                d.put("due_ms", clock.getAsLong() + backoff(s, attempts));
            } else {
                st.failed++;
                queue.remove(d);
                LOG.warn("webhook {} gave up after {} attempts: {}", redact(url), attempts, st.lastError);
            }
            save();
        }
    }

    /** initial, 2 x initial, 4 x initial, ... up to the maximum. */
    static long backoff(Settings s, int attempts) {
        double b = s.backoffInitialMs() * Math.pow(2, attempts - 1);
        return (long) Math.min(s.backoffMaxMs(), b);
    }

    private static int post(String url, byte[] body, int attempt, int timeoutMs) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        try {
            c.setConnectTimeout(timeoutMs);
            c.setReadTimeout(timeoutMs);
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setInstanceFollowRedirects(false);
            c.setRequestProperty("Content-Type", "application/json");
            c.setRequestProperty("User-Agent", "RotorDream-alerts");
            c.setRequestProperty("X-RotorDream-Attempt", Integer.toString(attempt));
            c.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
            int code = c.getResponseCode();
            try {
                (code >= 400 ? c.getErrorStream() : c.getInputStream()).readAllBytes();
            } catch (IOException | NullPointerException ignored) {
                // the body does not matter
            }
            return code;
        } finally {
            c.disconnect();
        }
    }

    private void save() {
        try {
            AtomicFiles.write(file, mapper.writeValueAsBytes(queue));
        } catch (IOException e) {
            LOG.warn("the webhook queue cannot be saved: {}", e.toString());
        }
    }

    /** A URL as it may be shown: without user info or query, which can carry secrets. */
    static String redact(String url) {
        try {
            URI u = URI.create(url);
            return new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), null, null).toString();
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return "(invalid URL)";
        }
    }
}
