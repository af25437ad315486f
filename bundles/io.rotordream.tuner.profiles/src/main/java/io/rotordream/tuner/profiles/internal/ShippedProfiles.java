package io.rotordream.tuner.profiles.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The four profiles shipped with the firmware, with the seed's values: the encoder settings of its
 * encoding_profiles (low_latency, high_quality, low_power), its latency configuration, its
 * "optimize for video workloads" vm values, its deadline tunables and read-ahead, its socket
 * buffers, NIC rings, offloads and coalescing, its renice -10 and I/O priority 4, and its thread
 * affinity (capture and encode on separate CPUs). Where the seed says nothing for a profile, the
 * value is stated with why.
 */
final class ShippedProfiles {

    private ShippedProfiles() {
    }

    static Map<String, Map<String, Object>> all() {
        Map<String, Map<String, Object>> all = new LinkedHashMap<>();
        all.put("balanced", balanced());
        all.put("high_performance", highPerformance());
        all.put("low_latency", lowLatency());
        all.put("low_power", lowPower());
        return all;
    }

    private static Map<String, Object> p(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The appliance's defaults made explicit: steady video without pinning the machine to its limits. */
    static Map<String, Object> balanced() {
        return p("description", "Steady video with room for everything else: the kernel's schedutil governor, "
                        + "moderate writeback, deadline I/O, veryfast encoding with a one-second GOP.",
                "governor", "schedutil",
                "swappiness", 30, "dirty_background_ratio", 10, "dirty_ratio", 20,
                "io_scheduler", "deadline", "read_ahead_kb", 1024,
                "rmem_max", 262144, "wmem_max", 262144,
                "thread_affinity", "none", "capture_nice", "0", "encode_nice", "0",
                "encoding_preset", "veryfast", "tune", "zerolatency", "keyframe_interval", 30, "b_frames", 0,
                "reference_frames", 1, "encoder_threads", 0,
                "buffer_strategy", "balanced", "frame_buffering", 4, "network_protocol", "udp", "qos", "on");
    }

    /** The seed's high_quality encoder, performance governor, writeback for video, renice -10, big NIC rings. */
    static Map<String, Object> highPerformance() {
        return p("description", "Throughput and quality first: performance governor, the seed's high_quality "
                        + "encoder (medium, film, 2 B-frames, 3 references, 4 threads), writeback tuned for video.",
                "include", "balanced",
                "governor", "performance",
                "swappiness", 10, "dirty_background_ratio", 5, "dirty_ratio", 20, "dirty_expire_centisecs", 1500,
                "io_scheduler", "deadline", "read_ahead_kb", 4096,
                "tcp_rmem", "4096 65536 262144", "tcp_wmem", "4096 65536 262144", "netdev_max_backlog", 5000,
                "offloads", "on", "ring_rx", 1024, "ring_tx", 1024, "rx_usecs", 50, "tx_usecs", 50,
                "thread_affinity", "split", "process_nice", "-10", "process_ioprio", "4", "capture_nice", "-10",
                "encode_nice", "-10",
                "encoding_preset", "medium", "tune", "film", "keyframe_interval", 30, "b_frames", 2,
                "reference_frames", 3, "encoder_threads", 4,
                "buffer_strategy", "throughput", "frame_buffering", 8, "network_protocol", "tcp");
    }

    /** The seed's low_latency encoder and latency configuration, its deadline tunables, busy polling. */
    static Map<String, Object> lowLatency() {
        return p("description", "Glass to glass as short as it gets: the seed's low_latency encoder (ultrafast, "
                        + "zerolatency, keyframe every frame, 2 threads), minimal buffering, UDP, a 100 ms budget.",
                "include", "balanced",
                "governor", "performance",
                "swappiness", 10, "dirty_background_ratio", 5, "dirty_ratio", 10,
                "io_scheduler", "deadline", "read_expire", 50, "write_expire", 250, "writes_starved", 1, "fifo_batch", 2,
                "read_ahead_kb", 128,
                "busy_poll", 50, "busy_read", 50,
                "thread_affinity", "split", "capture_nice", "-10", "encode_nice", "-5", "capture_ioprio", "0",
                "encoding_preset", "ultrafast", "tune", "zerolatency", "keyframe_interval", 1, "b_frames", 0,
                "reference_frames", 1, "encoder_threads", 2,
                "target_latency_ms", 100, "buffer_strategy", "minimal", "frame_buffering", 1, "network_protocol", "udp");
    }

    /** The seed's low_power encoder, powersave, writeback that wakes the disk less, no pinning. */
    static Map<String, Object> lowPower() {
        return p("description", "Battery first: powersave governor, the seed's low_power encoder (fast, stillimage, "
                        + "keyframe every 60 frames, hardware when there is one), writeback every 15 s, no shaping.",
                "include", "balanced",
                "governor", "powersave",
                "swappiness", 60, "dirty_expire_centisecs", 3000, "dirty_writeback_centisecs", 1500,
                "offloads", "on",
                "thread_affinity", "none",
                "encoding_preset", "fast", "tune", "stillimage", "keyframe_interval", 60, "b_frames", 0,
                "reference_frames", 1, "encoder_threads", 1, "hardware_acceleration", "true",
                "buffer_strategy", "balanced", "frame_buffering", 2, "network_protocol", "tcp", "qos", "off");
    }
}
