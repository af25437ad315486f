package io.rotordream.metrics.analysis.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import io.rotordream.metrics.api.FigureSet;
import io.rotordream.metrics.api.analysis.Bottleneck;
import io.rotordream.metrics.api.analysis.Recommendation;

/** The bottleneck rules and the recommendations on synthetic windows. */
public class AnalysisRulesTest {

    static Window window(Map<String, Double> figures) {
        List<FigureSet> sets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sets.add(new FigureSet(Instant.ofEpochSecond(1000 + i), figures));
        }
        return new Window(sets);
    }

    static Facts facts(String preset, int threads, String resolution) {
        return new Facts(Map.of("frame_rate", 30.0, "resolution", resolution, "buffer_count", 8),
                Map.of("quality_preset", preset, "threads", threads, "b_frames", 2, "bitrate_kbps", 4000),
                Map.of("frame_buffer_count", 16, "frame_buffer_size_mb", 8), 4, Map.of(), 512L << 20, 212992, 212992);
    }

    @Test
    public void aSlowEncoderWithAFullQueueIsEncodeCpuBoundWithItsEvidence() {
        Map<String, Double> f = new HashMap<>(Map.of("capture_fps", 30.0, "encode_fps", 21.0, "encoding_time_p95_ms", 45.0,
                "encode_queue_fill_percent", 100.0, "video_drops_per_second", 9.0, "cpu_usage_percent", 97.0));
        BottleneckRules rules = new BottleneckRules(window(f), facts("medium", 2, "1920x1080"));
        List<Bottleneck> b = rules.evaluate();
        assertEquals("encode_cpu_bound", b.get(0).stage);
        assertEquals("high", b.get(0).severity);
        assertTrue(b.get(0).evidence.stream().anyMatch(e -> e.metric.equals("encoding_time_p95_ms") && e.value == 45.0
                && Math.abs(e.threshold - 30.0) < 1e-9));
        List<Recommendation> r = new Recommender(facts("medium", 2, "1920x1080"), window(f), (m, p) -> p.startsWith("/camera"))
                .recommend(b);
        Recommendation preset = r.stream().filter(x -> x.id.equals("faster_preset")).findFirst().orElseThrow();
        assertEquals("PUT", preset.apply.method);
        assertEquals("/api/camera/encoding/config", preset.apply.path);
        assertEquals("fast", preset.apply.body.get("quality_preset"));
        assertTrue(preset.apply.available);
        assertTrue(preset.apply.curl.contains("-d '{\"quality_preset\":\"fast\"}'"));
        assertEquals(4, r.stream().filter(x -> x.id.equals("encoder_threads")).findFirst().orElseThrow().apply.body.get("threads"));
        assertEquals(0, r.stream().filter(x -> x.id.equals("no_b_frames")).findFirst().orElseThrow().apply.body.get("b_frames"));
        Recommendation profile = r.stream().filter(x -> x.id.equals("low_latency_profile")).findFirst().orElseThrow();
        assertEquals("/api/performance/profile/apply", profile.apply.path);
        assertEquals("not served here (issue 6's endpoint)", false, profile.apply.available);
        assertNotNull("8 MiB frame buffers for 1920x1080 (4 MiB needed) are flagged",
                r.stream().filter(x -> x.id.equals("frame_buffer_size")).findFirst().orElse(null));
    }

    @Test
    public void aCaptureShortfallWithAnIdleEncoderIsCaptureBound() {
        Map<String, Double> f = Map.of("capture_fps", 20.0, "encode_fps", 20.0, "encoding_time_p95_ms", 5.0,
                "encode_queue_fill_percent", 0.0, "cpu_usage_percent", 20.0);
        List<Bottleneck> b = new BottleneckRules(window(f), facts("veryfast", 0, "1280x720")).evaluate();
        assertEquals(1, b.size());
        assertEquals("capture_bound", b.get(0).stage);
        Recommendation r = new Recommender(facts("veryfast", 0, "1280x720"), window(f), (m, p) -> true).recommend(b).get(0);
        assertEquals("capture_buffers", r.id);
        assertEquals(12, r.apply.body.get("buffer_count"));
    }

    @Test
    public void lossAndUdpBufferErrorsAreNetworkBound() {
        Map<String, Double> f = Map.of("streaming_clients", 3.0, "stream_loss_percent", 6.0,
                "udp_buffer_errors_per_second", 12.0);
        List<Bottleneck> b = new BottleneckRules(window(f), facts("veryfast", 0, "1280x720")).evaluate();
        assertEquals("network_bound", b.get(0).stage);
        List<Recommendation> r = new Recommender(facts("veryfast", 0, "1280x720"), window(f), (m, p) -> false).recommend(b);
        assertEquals(3000L, r.stream().filter(x -> x.id.equals("lower_bitrate")).findFirst().orElseThrow().apply.body
                .get("bitrate_kbps"));
        assertEquals("/api/performance/network/config", r.stream().filter(x -> x.id.equals("udp_buffers")).findFirst()
                .orElseThrow().apply.path);
    }

    @Test
    public void aHealthyDeviceHasNoBottleneckButOversizedBuffersAreStillPointedOut() {
        Map<String, Double> f = Map.of("capture_fps", 30.0, "encode_fps", 30.0, "encoding_time_p95_ms", 6.0,
                "encode_queue_fill_percent", 0.0, "cpu_usage_percent", 30.0, "memory_usage_percent", 40.0);
        List<Bottleneck> b = new BottleneckRules(window(f), facts("veryfast", 0, "640x360")).evaluate();
        assertTrue(b.toString(), b.isEmpty());
        List<Recommendation> r = new Recommender(facts("veryfast", 0, "640x360"), window(f), (m, p) -> true).recommend(b);
        assertEquals(1, r.size());
        assertEquals("frame_buffer_size", r.get(0).id);
        assertEquals(1, r.get(0).apply.body.get("frame_buffer_size_mb"));
    }

    @Test
    public void storageAndGcRules() {
        Map<String, Double> f = Map.of("storage_util_percent", 97.0, "storage_await_ms", 120.0, "gc_time_percent", 12.0);
        List<Bottleneck> b = new BottleneckRules(window(f), facts("veryfast", 0, "1280x720")).evaluate();
        assertTrue(b.stream().anyMatch(x -> x.stage.equals("storage_bound")));
        assertTrue(b.stream().anyMatch(x -> x.stage.equals("gc_pressure")));
    }

    @Test
    public void aStraightLineFitsExactly() {
        Trend t = Trend.fit(new double[] { 0, 60, 120, 180 }, new double[] { 10, 11, 12, 13 });
        assertEquals(1 / 60.0, t.slopePerSecond(), 1e-12);
        assertEquals(1.0, t.r2(), 1e-12);
    }
}
