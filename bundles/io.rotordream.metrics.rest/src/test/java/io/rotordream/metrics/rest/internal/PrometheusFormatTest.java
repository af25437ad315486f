package io.rotordream.metrics.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import io.rotordream.metrics.api.MetricFamily;
import io.rotordream.metrics.api.MetricSample;

public class PrometheusFormatTest {

    @Test
    public void gaugesCountersAndHistogramsInTheTextFormat() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("device", "vda");
        labels.put("note", "a \"quoted\" \\ value");
        String text = PrometheusFormat.write(List.of(
                new MetricFamily("rotordream_disk_read_bytes_total", "Bytes read.", MetricFamily.Type.COUNTER,
                        List.of(new MetricSample(labels, 1024, Double.NaN, null, null))),
                new MetricFamily("rotordream_load1", "Load.\nTwo lines.", MetricFamily.Type.GAUGE,
                        List.of(new MetricSample(Map.of(), 0.25, Double.NaN, null, null))),
                new MetricFamily("rotordream_api_request_duration_seconds", "Latency.", MetricFamily.Type.HISTOGRAM,
                        List.of(new MetricSample(Map.of("status", "200"), 0.75, Double.NaN, new double[] { 0.1, 1 },
                                new long[] { 2, 3, 4 })))));
        assertTrue(text, text.contains("# TYPE rotordream_disk_read_bytes_total counter\n"));
        assertTrue(text, text.contains("rotordream_disk_read_bytes_total{device=\"vda\",note=\"a \\\"quoted\\\" \\\\ value\"} 1024\n"));
        assertTrue(text, text.contains("# HELP rotordream_load1 Load.\\nTwo lines.\n"));
        assertTrue(text, text.contains("rotordream_load1 0.25\n"));
        assertTrue(text, text.contains("rotordream_api_request_duration_seconds_bucket{status=\"200\",le=\"0.1\"} 2\n"));
        assertTrue(text, text.contains("rotordream_api_request_duration_seconds_bucket{status=\"200\",le=\"+Inf\"} 4\n"));
        assertTrue(text, text.contains("rotordream_api_request_duration_seconds_sum{status=\"200\"} 0.75\n"));
        assertTrue(text, text.contains("rotordream_api_request_duration_seconds_count{status=\"200\"} 4\n"));
    }

    @Test
    public void numbers() {
        assertEquals("NaN", PrometheusFormat.number(Double.NaN));
        assertEquals("+Inf", PrometheusFormat.number(Double.POSITIVE_INFINITY));
        assertEquals("3", PrometheusFormat.number(3.0));
        assertEquals("0.5", PrometheusFormat.number(0.5));
    }

    @Test
    public void histogramQuantileInterpolatesInsideTheBucket() {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 0; i < 100; i++) {
            h.observe(0.003); // bucket (0.0025, 0.005]
        }
        double p95 = LatencyHistogram.quantile(0.95, null, h.cumulative());
        assertTrue("p95 " + p95, p95 > 0.0025 && p95 <= 0.005);
        long[] before = h.cumulative();
        h.observe(2);
        // one observation of 2 s in (1, 2.5]: the median is interpolated halfway
        assertEquals(1.75, LatencyHistogram.quantile(0.5, before, h.cumulative()), 1e-9);
        assertTrue(Double.isNaN(LatencyHistogram.quantile(0.5, before, before)));
    }

    @Test
    public void endpointTemplates() throws Exception {
        assertEquals("/performance/metrics/realtime", RequestMetricsFilter.template(MetricsResource.class,
                MetricsResource.class.getMethod("realtime", String.class)));
        assertEquals("/performance/troubleshoot/{area}", RequestMetricsFilter.template(TroubleshootResource.class,
                TroubleshootResource.class.getMethod("troubleshoot", String.class)));
        assertEquals("/performance/metrics", RequestMetricsFilter.template(MetricsResource.class,
                MetricsResource.class.getMethod("families")));
    }
}
