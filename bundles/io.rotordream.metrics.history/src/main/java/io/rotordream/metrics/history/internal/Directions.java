package io.rotordream.metrics.history.internal;

import java.util.Map;

import io.rotordream.metrics.history.internal.RegressionDetector.Direction;

/** Which way is worse for the key figures the appliance knows; others are tested only on request. */
final class Directions {

    private static final Map<String, Direction> KNOWN = Map.ofEntries(
            Map.entry("video_fps", Direction.LOWER_IS_WORSE), Map.entry("capture_fps", Direction.LOWER_IS_WORSE),
            Map.entry("encode_fps", Direction.LOWER_IS_WORSE),
            Map.entry("memory_available_mb", Direction.LOWER_IS_WORSE),
            Map.entry("cpu_usage_percent", Direction.HIGHER_IS_WORSE),
            Map.entry("memory_usage_percent", Direction.HIGHER_IS_WORSE),
            Map.entry("encoding_time_ms", Direction.HIGHER_IS_WORSE),
            Map.entry("encoding_time_p95_ms", Direction.HIGHER_IS_WORSE),
            Map.entry("network_latency_ms", Direction.HIGHER_IS_WORSE),
            Map.entry("storage_await_ms", Direction.HIGHER_IS_WORSE),
            Map.entry("storage_util_percent", Direction.HIGHER_IS_WORSE),
            Map.entry("heap_after_gc_mb", Direction.HIGHER_IS_WORSE),
            Map.entry("gc_time_percent", Direction.HIGHER_IS_WORSE),
            Map.entry("gc_pause_max_ms", Direction.HIGHER_IS_WORSE),
            Map.entry("video_drops_per_second", Direction.HIGHER_IS_WORSE),
            Map.entry("stream_loss_percent", Direction.HIGHER_IS_WORSE),
            Map.entry("stream_jitter_ms", Direction.HIGHER_IS_WORSE),
            Map.entry("network_errors_per_second", Direction.HIGHER_IS_WORSE),
            Map.entry("udp_buffer_errors_per_second", Direction.HIGHER_IS_WORSE),
            Map.entry("tcp_retransmits_per_second", Direction.HIGHER_IS_WORSE),
            Map.entry("process_rss_mb", Direction.HIGHER_IS_WORSE),
            Map.entry("process_cpu_percent", Direction.HIGHER_IS_WORSE),
            Map.entry("api_latency_p95_ms", Direction.HIGHER_IS_WORSE),
            Map.entry("cpu_pressure_percent", Direction.HIGHER_IS_WORSE),
            Map.entry("memory_pressure_percent", Direction.HIGHER_IS_WORSE),
            Map.entry("io_pressure_percent", Direction.HIGHER_IS_WORSE),
            Map.entry("encode_queue_fill_percent", Direction.HIGHER_IS_WORSE),
            Map.entry("major_faults_per_second", Direction.HIGHER_IS_WORSE),
            Map.entry("swap_pages_per_second", Direction.HIGHER_IS_WORSE),
            Map.entry("memory_fragmentation_percent", Direction.HIGHER_IS_WORSE));

    private Directions() {
    }

    static Direction of(String figure) {
        return KNOWN.getOrDefault(figure, Direction.NEUTRAL);
    }

    static boolean known(String figure) {
        return KNOWN.containsKey(figure);
    }
}
