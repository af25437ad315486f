package io.rotordream.tuner.profiles.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.rotordream.tuner.api.TuningRequest;

/**
 * From profile settings to configuration changes. For a profile, every key a tuner PID manages is
 * set, to the profile's value or back to its default (which leaves the knob at its original), so
 * switching profiles never leaves the previous one's knobs behind; other PIDs get only the keys the
 * profile sets. For direct settings, only the given keys change. Plain Java, tested alone.
 */
final class ProfileCompiler {

    /** What the compiler needs to know of the machine and the running configuration. */
    interface Context {
        /** CPUs this process may run on, sorted. */
        List<Integer> cpus();

        /** The configuration in effect, or {@code null} when no component describes the PID. */
        Map<String, Object> effective(String pid);
    }

    /** Setting to key of each tuner PID, in the order the settings are listed. */
    private static final Map<String, Map<String, String>> TUNER_KEYS = new LinkedHashMap<>();
    /** Tuner keys that say where to tune: set when given, never reset. */
    private static final Set<String> PLACEMENT = Set.of("devices", "mount_point", "interfaces", "process_affinity");

    static {
        TUNER_KEYS.put(Parts.CPU, same("governor", "min_freq_khz", "max_freq_khz"));
        TUNER_KEYS.put(Parts.SCHEDULER, same("process_affinity", "process_nice", "process_ioprio", "capture_nice",
                "encode_nice", "capture_ioprio", "encode_ioprio"));
        TUNER_KEYS.put(Parts.VM, same("swappiness", "dirty_background_ratio", "dirty_ratio", "dirty_expire_centisecs",
                "dirty_writeback_centisecs"));
        TUNER_KEYS.put(Parts.DISK, same("devices", "io_scheduler", "read_ahead_kb", "read_expire", "write_expire",
                "writes_starved", "fifo_batch", "write_cache", "mount_point", "mount_options"));
        TUNER_KEYS.put(Parts.NET, same("interfaces", "rmem_max", "wmem_max", "tcp_rmem", "tcp_wmem", "netdev_max_backlog",
                "busy_poll", "busy_read", "offloads", "ring_rx", "ring_tx", "rx_usecs", "tx_usecs", "mtu"));
        Map<String, String> qos = new LinkedHashMap<>();
        qos.put("qos", "enabled");
        TUNER_KEYS.put(Parts.QOS, qos);
    }

    private static Map<String, String> same(String... keys) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : keys) {
            m.put(k, k);
        }
        return m;
    }

    /** The seed's buffer_configuration per strategy: driver buffers, frame, encoding and network pool counts. */
    private static final Map<String, int[]> BUFFERS = Map.of(
            "minimal", new int[] { 4, 8, 4, 16 },
            "balanced", new int[] { 8, 16, 8, 32 },
            "throughput", new int[] { 16, 16, 16, 64 });

    private ProfileCompiler() {
    }

    /**
     * @param s the settings (a resolved profile, or direct settings)
     * @param pids the configurations to push
     * @param profile true for a profile (tuner keys it lacks are reset), false for direct settings
     * @return notes about what could not be pushed
     */
    static List<String> compile(Map<String, Object> s, Set<String> pids, boolean profile, Context ctx, TuningRequest out) {
        List<String> notes = new ArrayList<>();
        List<Integer>[] split = affinity(s, ctx, notes);
        for (Map.Entry<String, Map<String, String>> t : TUNER_KEYS.entrySet()) {
            if (!pids.contains(t.getKey())) {
                continue;
            }
            Map<String, Object> keys = new LinkedHashMap<>();
            t.getValue().forEach((setting, key) -> {
                Object v = s.get(setting);
                if (Settings.set(v)) {
                    keys.put(key, "qos".equals(setting) ? (Object) "on".equals(String.valueOf(v)) : v);
                } else if (!PLACEMENT.contains(setting) && (profile || s.containsKey(setting))) {
                    keys.put(key, null);
                }
            });
            if (Parts.SCHEDULER.equals(t.getKey()) && split != null) {
                keys.put("capture_affinity", split[0]);
                keys.put("encode_affinity", split[1]);
            } else if (Parts.SCHEDULER.equals(t.getKey()) && profile) {
                keys.put("capture_affinity", null);
                keys.put("encode_affinity", null);
            }
            if (!keys.isEmpty()) {
                out.change(t.getKey(), keys);
            }
        }
        threads(s, pids, split, out);
        encoder(s, pids, out);
        buffers(s, pids, out);
        streaming(s, pids, ctx, out, notes);
        return notes;
    }

    /** thread_affinity split: capture on the first half of the CPUs, encode on the second (the seed's 0,1 / 2,3). */
    @SuppressWarnings("unchecked")
    private static List<Integer>[] affinity(Map<String, Object> s, Context ctx, List<String> notes) {
        if (!Settings.set(s, "thread_affinity")) {
            return null;
        }
        List<Integer> cpus = ctx.cpus();
        if ("none".equals(Settings.text(s, "thread_affinity"))) {
            return new List[] { List.of(), List.of() };
        }
        if (cpus.size() < 2) {
            notes.add("thread_affinity split needs two CPUs; this process has " + cpus + ": threads stay unpinned");
            return new List[] { List.of(), List.of() };
        }
        int half = cpus.size() / 2;
        return new List[] { List.copyOf(cpus.subList(0, half)), List.copyOf(cpus.subList(half, cpus.size())) };
    }

    private static void threads(Map<String, Object> s, Set<String> pids, List<Integer>[] split, TuningRequest out) {
        if (!pids.contains(Parts.THREADS)) {
            return;
        }
        Map<String, Object> keys = new LinkedHashMap<>();
        if (split != null) {
            keys.put("thread_affinity_capture", split[0]);
            keys.put("thread_affinity_encode", split[1]);
        }
        if (Settings.set(s, "capture_nice")) {
            keys.put("nice_capture", Settings.integer(s, "capture_nice", -20, 19));
        }
        if (Settings.set(s, "encode_nice")) {
            keys.put("nice_encode", Settings.integer(s, "encode_nice", -20, 19));
        }
        if (!keys.isEmpty()) {
            out.change(Parts.THREADS, keys);
        }
    }

    private static void encoder(Map<String, Object> s, Set<String> pids, TuningRequest out) {
        if (!pids.contains(Parts.ENCODER)) {
            return;
        }
        Map<String, Object> keys = new LinkedHashMap<>();
        copy(s, "encoding_preset", keys, "quality_preset");
        if (Settings.set(s, "tune")) {
            keys.put("tune", "none".equals(Settings.text(s, "tune")) ? "" : Settings.text(s, "tune"));
        }
        copy(s, "keyframe_interval", keys, "gop_size");
        copy(s, "b_frames", keys, "b_frames");
        copy(s, "reference_frames", keys, "reference_frames");
        copy(s, "encoder_threads", keys, "threads");
        if (Settings.set(s, "hardware_acceleration")) {
            keys.put("hardware_acceleration", Boolean.parseBoolean(Settings.text(s, "hardware_acceleration")));
        }
        if (!keys.isEmpty()) {
            // a named encoding profile would override these values: the profile's own values rule
            keys.put("encoding_profile", "");
            out.change(Parts.ENCODER, keys);
        }
    }

    private static void buffers(Map<String, Object> s, Set<String> pids, TuningRequest out) {
        int[] b = Settings.set(s, "buffer_strategy") ? BUFFERS.get(Settings.text(s, "buffer_strategy")) : null;
        if (pids.contains(Parts.CAPTURE)) {
            Map<String, Object> keys = new LinkedHashMap<>();
            copy(s, "frame_buffering", keys, "queue_length");
            if (b != null) {
                keys.put("buffer_count", b[0]);
            }
            if (!keys.isEmpty()) {
                out.change(Parts.CAPTURE, keys);
            }
        }
        if (pids.contains(Parts.POOLS) && b != null) {
            out.change(Parts.POOLS, Map.of("frame_buffer_count", b[1], "encoding_buffer_count", b[2],
                    "network_buffer_count", b[3]));
        }
    }

    private static void streaming(Map<String, Object> s, Set<String> pids, Context ctx, TuningRequest out, List<String> notes) {
        if (!pids.contains(Parts.RTSP) || !Settings.set(s, "network_protocol")) {
            return;
        }
        Map<String, Object> rtsp = ctx.effective(Parts.RTSP);
        if (rtsp == null) {
            notes.add("streaming: the RTSP server (" + Parts.RTSP + ") is not installed; network_protocol "
                    + Settings.text(s, "network_protocol") + " not applied");
        } else if (!rtsp.containsKey("transport")) {
            notes.add("streaming: " + Parts.RTSP + " has no transport setting; network_protocol not applied");
        } else {
            out.change(Parts.RTSP, Map.of("transport", Settings.text(s, "network_protocol")));
        }
    }

    private static void copy(Map<String, Object> s, String setting, Map<String, Object> keys, String key) {
        if (Settings.set(s, setting)) {
            keys.put(key, s.get(setting));
        }
    }

    /**
     * target_latency_ms: the frames waiting for the encoder plus the B-frames it holds back must
     * fit in the budget at the capture frame rate.
     */
    static void checkLatency(Map<String, Object> s, Function<String, Map<String, Object>> effective) {
        if (!Settings.set(s, "target_latency_ms")) {
            return;
        }
        int target = Settings.integer(s, "target_latency_ms", 1, 60_000);
        Map<String, Object> capture = effective.apply(Parts.CAPTURE);
        Map<String, Object> encoding = effective.apply(Parts.ENCODER);
        double fps = capture == null ? 30 : ((Number) capture.getOrDefault("frame_rate", 30)).doubleValue();
        int queue = Settings.set(s, "frame_buffering") ? Settings.integer(s, "frame_buffering", 1, 64)
                : capture == null ? 4 : ((Number) capture.getOrDefault("queue_length", 4)).intValue();
        int bFrames = Settings.set(s, "b_frames") ? Settings.integer(s, "b_frames", 0, 16)
                : encoding == null ? 0 : ((Number) encoding.getOrDefault("b_frames", 0)).intValue();
        double ms = (queue + bFrames) * 1000.0 / fps;
        if (ms > target) {
            throw Settings.invalid(Settings.set(s, "frame_buffering") || bFrames == 0 ? "frame_buffering" : "b_frames",
                    String.format("%d queued frames and %d B-frames at %.4g fps hold %.0f ms, over target_latency_ms %d",
                            queue, bFrames, fps, ms, target));
        }
    }
}
