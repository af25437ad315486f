package io.rotordream.metrics.collector.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import io.rotordream.metrics.api.MetricSource;
import io.rotordream.metrics.api.MetricsSnapshot;

public class CollectorTest {

    @Test
    public void aFailingSourceIsReportedAndTheOthersStillCount() {
        Collector c = new Collector(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        Map<String, MetricSource> sources = new LinkedHashMap<>();
        sources.put("broken", sink -> {
            throw new IllegalStateException("boom");
        });
        sources.put("fine", sink -> sink.figure("answer", 42));
        List<String> logged = new ArrayList<>();
        MetricsSnapshot s = c.collect(sources, 100, 10, (m, e) -> logged.add(m));
        assertEquals(42.0, s.figure("answer"), 0);
        assertTrue(s.errors.get("broken").contains("boom"));
        assertEquals(1, logged.size());
        c.collect(sources, 100, 10, (m, e) -> logged.add(m));
        assertEquals("the same failure is logged once", 1, logged.size());
        assertNotNull(c.latest().family("rotordream_metrics_source_errors_total"));
        assertEquals(2, c.recent(5).size());
    }

    @Test
    public void realSourcesOnThisMachineProduceTheSeedFigures() throws Exception {
        Collector c = new Collector(Clock.systemUTC());
        Map<String, MetricSource> sources = new LinkedHashMap<>();
        sources.put("system", new SystemSource());
        sources.put("disk", new DiskSource(ProcFs.real(), "^(loop|ram|zram)\\d*$"));
        sources.put("network", new NetworkSource(ProcFs.real(), "^veth"));
        sources.put("sensors", new SensorsSource());
        sources.put("process", new ProcessSource());
        JvmSource jvm = new JvmSource();
        sources.put("jvm", jvm);
        c.collect(sources, 500, 10, (m, e) -> {
        });
        Thread.sleep(300);
        MetricsSnapshot s = c.collect(sources, 500, 10, (m, e) -> {
        });
        jvm.deactivate();
        assertTrue(s.figures.toString(), s.figure("cpu_usage_percent") >= 0 && s.figure("cpu_usage_percent") <= 100);
        assertTrue(s.figure("memory_usage_percent") > 0);
        assertNotNull(s.figure("storage_io_mbps"));
        assertNotNull(s.family("rotordream_cpu_seconds_total"));
        assertNotNull(s.family("rotordream_jvm_memory_used_bytes"));
        assertTrue(s.errors.toString(), s.errors.isEmpty());
        System.out.println("absent on this machine: " + s.absent);
    }
}
