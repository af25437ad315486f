package io.rotordream.metrics.collector.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.rotordream.memory.api.BufferPools;
import io.rotordream.memory.api.PoolStats;
import io.rotordream.metrics.api.MetricSink;
import io.rotordream.metrics.api.MetricSource;
import io.rotordream.video.api.stream.PipelineMonitor;
import io.rotordream.video.api.stream.PipelineStats;

/**
 * The video pipeline's and the buffer pools' own counters. Both services may come and go (a
 * bundle updated in the field): without them the source says so and reports nothing else.
 */
@Component(service = MetricSource.class, property = MetricSource.NAME + "=video")
public final class VideoSource implements MetricSource {

    /** Statistics of the encode time the pipeline keeps: median, 95th percentile, maximum. */
    static final String[] STATS = { "p50", "p95", "max" };

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile PipelineMonitor pipeline;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile BufferPools pools;

    private final Map<String, Double> previousDrops = new HashMap<>();
    private long previousNanos;

    @Override
    public synchronized void collect(MetricSink sink) {
        long now = System.nanoTime();
        double seconds = previousNanos == 0 ? 0 : (now - previousNanos) / 1e9;
        previousNanos = now;
        PipelineMonitor p = pipeline;
        if (p == null) {
            sink.absent("video", "no video pipeline is running");
        } else {
            List<PipelineStats> all = p.stats();
            for (int i = 0; i < all.size(); i++) {
                stream(sink, all.get(i), i == 0, seconds);
            }
        }
        BufferPools b = pools;
        if (b == null) {
            sink.absent("buffer_pools", "the memory pools service is not running");
        } else {
            pools(sink, b);
        }
    }

    private void stream(MetricSink sink, PipelineStats s, boolean main, double seconds) {
        String m = s.mount == null ? "main" : s.mount;
        sink.gauge("rotordream_video_capture_frames_per_second", "Capture rate measured by the pipeline.", s.captureFps, "mount", m);
        sink.gauge("rotordream_video_encode_frames_per_second", "Encode rate measured by the pipeline.", s.encodeFps, "mount", m);
        sink.gauge("rotordream_video_output_frames_per_second", "Rate of access units handed to consumers.", s.outputFps, "mount", m);
        sink.counter("rotordream_video_frames_captured_total", "Frames captured.", s.framesCaptured, "mount", m);
        sink.counter("rotordream_video_frames_encoded_total", "Frames encoded.", s.framesEncoded, "mount", m);
        sink.counter("rotordream_video_keyframes_total", "Keyframes encoded.", s.keyframes, "mount", m);
        sink.counter("rotordream_video_backend_switches_total", "Encoder backend changes.", s.backendSwitches, "mount", m);
        double drops = 0;
        for (Map.Entry<String, Long> d : s.drops.entrySet()) {
            sink.counter("rotordream_video_dropped_frames_total", "Frames dropped, by reason.", d.getValue(), "mount", m,
                    "reason", d.getKey());
            drops += d.getValue();
        }
        double[] encodeMs = { s.encodeMsP50, s.encodeMsP95, s.encodeMsMax };
        for (int q = 0; q < STATS.length; q++) {
            // a gauge per statistic: a "quantile" label is reserved for summaries, which need _sum and _count
            sink.gauge("rotordream_video_encode_seconds", "Encode time per frame over the pipeline's recent window.",
                    encodeMs[q] / 1000, "mount", m, "stat", STATS[q]);
        }
        sink.gauge("rotordream_video_encode_queue_depth", "Frames waiting for the encoder.", s.encodeQueueDepth, "mount", m);
        sink.gauge("rotordream_video_encode_queue_capacity", "Encode queue length.", s.encodeQueueCapacity, "mount", m);
        sink.gauge("rotordream_video_bitrate_bytes_per_second", "Bitrate actually produced (bytes, the base unit).",
                s.actualBitrateKbps * 1000 / 8, "mount", m);
        if (s.backend != null) {
            sink.gauge("rotordream_video_backend_info", "The encoder backend in use (value 1).", 1, "mount", m, "backend", s.backend);
        }
        Double before = previousDrops.put(m, drops);
        if (!main) {
            return;
        }
        sink.figure("video_fps", s.outputFps);
        sink.figure("capture_fps", s.captureFps);
        sink.figure("encode_fps", s.encodeFps);
        sink.figure("encoding_time_ms", s.encodeMsP50);
        sink.figure("encoding_time_p95_ms", s.encodeMsP95);
        sink.figure("encode_queue_depth", s.encodeQueueDepth);
        if (s.encodeQueueCapacity > 0) {
            sink.figure("encode_queue_fill_percent", 100.0 * s.encodeQueueDepth / s.encodeQueueCapacity);
        }
        sink.figure("bitrate_kbps", s.actualBitrateKbps);
        if (before != null && seconds > 0) {
            sink.figure("video_drops_per_second", Math.max(0, drops - before) / seconds);
        }
        sink.detail("video_streams", List.of(s));
    }

    private static void pools(MetricSink sink, BufferPools b) {
        for (PoolStats p : b.stats()) {
            sink.gauge("rotordream_buffer_pool_buffers", "Buffers in each pool.", p.count, "pool", p.name);
            sink.gauge("rotordream_buffer_pool_buffers_in_use", "Buffers lent out now.", p.inUse, "pool", p.name);
            sink.gauge("rotordream_buffer_pool_buffers_high_watermark", "Most buffers lent out at once.", p.highWatermark, "pool", p.name);
            sink.gauge("rotordream_buffer_pool_buffer_size_bytes", "Size of each buffer.", p.bufferSize, "pool", p.name);
            sink.counter("rotordream_buffer_pool_exhausted_total", "Requests refused because every buffer was lent.", p.exhausted, "pool", p.name);
            sink.counter("rotordream_buffer_pool_acquired_total", "Buffers lent out.", p.acquired, "pool", p.name);
            if (p.count > 0) {
                sink.figure(p.name.replace("_buffers", "") + "_pool_use_percent", 100.0 * p.inUse / p.count);
            }
        }
        sink.gauge("rotordream_buffer_pools_reserved_bytes", "Direct memory the pools hold.", b.reservedBytes());
        sink.detail("buffer_pools", b.stats());
    }
}
