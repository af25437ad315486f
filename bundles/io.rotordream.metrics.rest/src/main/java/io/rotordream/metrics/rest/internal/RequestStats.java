package io.rotordream.metrics.rest.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

import io.rotordream.metrics.api.MetricSink;
import io.rotordream.metrics.api.MetricSource;

/**
 * Requests and latency of the API by method, endpoint (the matched resource template, so
 * /system/tokens/{name} is one series whatever the name) and status. The number of series is
 * bounded: past {@link #MAX_SERIES} new combinations are counted under endpoint "other".
 */
@Component(service = { RequestStats.class, MetricSource.class }, property = MetricSource.NAME + "=api")
public final class RequestStats implements MetricSource {

    static final int MAX_SERIES = 2000;
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    record Key(String method, String endpoint, String status) {
    }

    private final Map<Key, LatencyHistogram> series = new ConcurrentHashMap<>();
    private long[] previousAll;
    private long previousErrors = -1;
    private long previousNanos;

    void record(String method, String endpoint, int status, double seconds) {
        String m = METHODS.contains(method) ? method : "OTHER";
        Key k = new Key(m, endpoint, Integer.toString(status));
        LatencyHistogram h = series.get(k);
        if (h == null) {
            if (series.size() >= MAX_SERIES) {
                k = new Key(m, "other", k.status());
            }
            h = series.computeIfAbsent(k, x -> new LatencyHistogram());
        }
        h.observe(seconds);
    }

    @Override
    public synchronized void collect(MetricSink sink) {
        long[] all = new long[LatencyHistogram.BOUNDS.length + 1];
        long errors = 0;
        for (Map.Entry<Key, LatencyHistogram> e : series.entrySet()) {
            Key k = e.getKey();
            long[] c = e.getValue().cumulative();
            String[] labels = { "method", k.method(), "endpoint", k.endpoint(), "status", k.status() };
            sink.histogram("rotordream_api_request_duration_seconds",
                    "Time from receiving a request to having written its answer, per endpoint template and status.",
                    LatencyHistogram.BOUNDS, c, e.getValue().sum(), labels);
            sink.counter("rotordream_api_requests_total", "API requests answered.", c[c.length - 1], labels);
            for (int i = 0; i < all.length; i++) {
                all[i] += c[i];
            }
            if (k.status().startsWith("5")) {
                errors += c[c.length - 1];
            }
        }
        long now = System.nanoTime();
        if (previousAll != null && now > previousNanos) {
            double seconds = (now - previousNanos) / 1e9;
            sink.figure("api_requests_per_second", (all[all.length - 1] - previousAll[previousAll.length - 1]) / seconds);
            sink.figure("api_errors_per_second", Math.max(0, errors - previousErrors) / seconds);
            double p95 = LatencyHistogram.quantile(0.95, previousAll, all);
            if (!Double.isNaN(p95)) {
                sink.figure("api_latency_p95_ms", p95 * 1000);
            }
        }
        previousAll = all;
        previousErrors = errors;
        previousNanos = now;
    }
}
