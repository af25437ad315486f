package io.rotordream.metrics.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import io.rotordream.metrics.api.analysis.Bottleneck;
import io.rotordream.metrics.api.analysis.Evidence;
import io.rotordream.metrics.api.analysis.Recommendation;

/**
 * Concrete changes for the bottlenecks found, from the configuration in effect, each with the one
 * request that applies it. Some calls go to endpoints of other subsystems (the tuning profiles,
 * network and storage settings); {@code available} says whether this appliance serves them now.
 */
final class Recommender {

    static final List<String> PRESETS = List.of("ultrafast", "superfast", "veryfast", "faster", "fast", "medium",
            "slow", "slower", "veryslow");
    static final List<String> RESOLUTIONS = List.of("3840x2160", "2560x1440", "1920x1080", "1280x720", "960x540",
            "640x360", "320x180");

    private final Facts f;
    private final Window w;
    private final BiPredicate<String, String> served;
    private final List<Recommendation> out = new ArrayList<>();

    /** @param served whether the appliance serves (method, path) now */
    Recommender(Facts facts, Window window, BiPredicate<String, String> served) {
        this.f = facts;
        this.w = window;
        this.served = served;
    }

    List<Recommendation> recommend(List<Bottleneck> bottlenecks) {
        for (Bottleneck b : bottlenecks) {
            switch (b.stage) {
                case "encode_cpu_bound" -> encode(b);
                case "capture_bound" -> capture(b);
                case "network_bound" -> network(b);
                case "memory_pressure" -> memory(b);
                case "gc_pressure" -> gc(b);
                case "storage_bound" -> add("storage_scheduler", "Use the deadline I/O scheduler", b.stage, "medium",
                        "requests wait on the disk; deadline bounds each request's wait and favours the reads and "
                                + "writes of a continuous stream", b.evidence, "PUT", "/api/performance/storage/config",
                        Map.of("io_scheduler", "mq-deadline"));
                case "cpu_contention" -> add("cpu_profile", "Apply the high_performance profile to the CPUs", b.stage,
                        "medium", "tasks wait for a CPU; the profile sets the performance governor and the "
                                + "encoder's CPU affinity", b.evidence, "POST", "/api/performance/profile/apply",
                        Map.of("profile", "high_performance", "components", List.of("cpu")));
                default -> {
                    // no change is known to help
                }
            }
        }
        poolsFitThePicture();
        return out;
    }

    private void encode(Bottleneck b) {
        String preset = Facts.text(f.encoding(), "quality_preset");
        int i = preset == null ? -1 : PRESETS.indexOf(preset);
        if (i > 0) {
            add("faster_preset", "Encode with the " + PRESETS.get(i - 1) + " preset", b.stage, "high",
                    "the encoder cannot finish a frame within the frame interval at preset " + preset
                            + "; the next faster preset needs markedly less CPU per frame",
                    b.evidence, "PUT", "/api/camera/encoding/config", Map.of("quality_preset", PRESETS.get(i - 1)));
        }
        double threads = Facts.number(f.encoding(), "threads", 0);
        if (threads > 0 && threads < f.cpus()) {
            add("encoder_threads", "Let the encoder use all " + f.cpus() + " CPUs", b.stage, "high",
                    "the encoder is limited to " + (int) threads + " threads on a machine with " + f.cpus() + " CPUs",
                    b.evidence, "PUT", "/api/camera/encoding/config", Map.of("threads", f.cpus()));
        }
        if (Facts.number(f.encoding(), "b_frames", 0) > 0) {
            add("no_b_frames", "Encode without B-frames", b.stage, "medium",
                    "B-frames cost encoder time and add latency", b.evidence, "PUT", "/api/camera/encoding/config",
                    Map.of("b_frames", 0));
        }
        String resolution = Facts.text(f.capture(), "resolution");
        int r = resolution == null ? -1 : RESOLUTIONS.indexOf(resolution);
        if (r >= 0 && r + 1 < RESOLUTIONS.size() && (i <= 0 || b.score >= 0.66)) {
            add("lower_resolution", "Capture at " + RESOLUTIONS.get(r + 1), b.stage, i <= 0 ? "high" : "medium",
                    "even the fastest settings cannot encode " + resolution + " in time on this machine",
                    b.evidence, "PUT", "/api/camera/capture/optimize", Map.of("resolution", RESOLUTIONS.get(r + 1)));
        }
        add("low_latency_profile", "Apply the low_latency performance profile", b.stage, "low",
                "it sets the encoder, CPU and buffers together for a fast pipeline", b.evidence, "POST",
                "/api/performance/profile/apply", Map.of("profile", "low_latency", "components", List.of("cpu", "video")));
    }

    private void capture(Bottleneck b) {
        int buffers = (int) Facts.number(f.capture(), "buffer_count", 0);
        if (buffers > 0 && buffers < 32) {
            int next = Math.min(32, buffers + 4);
            add("capture_buffers", "Give the sensor " + next + " capture buffers", b.stage, "medium",
                    "capture runs below its configured rate while the encoder waits; more driver buffers ride out "
                            + "scheduling delays", b.evidence, "PUT", "/api/camera/capture/buffers", Map.of("buffer_count", next));
        }
        double poolUse = w.mean("frame_pool_use_percent", 0);
        int frames = (int) Facts.number(f.pools(), "frame_buffer_count", 0);
        if (poolUse >= 90 && frames > 0) {
            add("frame_pool", "Grow the frame pool to " + Math.min(256, frames * 2) + " buffers", b.stage, "high",
                    "the frame pool is nearly always lent out, so captured frames wait for a buffer", b.evidence, "PUT",
                    "/api/performance/memory/pools", Map.of("frame_buffer_count", Math.min(256, frames * 2)));
        }
    }

    private void network(Bottleneck b) {
        double kbps = Facts.number(f.encoding(), "bitrate_kbps", 0);
        if (kbps > 200 && w.mean("stream_loss_percent", 0) > BottleneckRules.LOSS_PERCENT) {
            long next = Math.max(64, Math.round(kbps * 0.75 / 100) * 100);
            add("lower_bitrate", "Lower the bitrate to " + next + " kbps", b.stage, "high",
                    "clients lose packets at " + (long) kbps + " kbps; a quarter less leaves room on the path", b.evidence,
                    "PUT", "/api/camera/encoding/config", Map.of("bitrate_kbps", next));
        }
        if (w.mean("udp_buffer_errors_per_second", 0) > 0) {
            long size = Math.max(4L << 20, Math.max(f.rmemMax(), f.wmemMax()) * 4);
            add("udp_buffers", "Raise the UDP socket buffers to " + (size >> 10) + " KiB", b.stage, "high",
                    "datagrams are dropped because socket buffers are full (net.core.rmem_max " + f.rmemMax()
                            + ", wmem_max " + f.wmemMax() + ")", b.evidence, "PUT", "/api/performance/network/config",
                    Map.of("udp_buffer_size", size));
        }
    }

    private void memory(Bottleneck b) {
        int frames = (int) Facts.number(f.pools(), "frame_buffer_count", 0);
        if (frames > 8 && w.mean("frame_pool_use_percent", 100) < 50) {
            add("smaller_frame_pool", "Shrink the frame pool to " + Math.max(8, frames / 2) + " buffers", b.stage,
                    "medium", "memory is short and fewer than half of the frame buffers are ever in use", b.evidence,
                    "PUT", "/api/performance/memory/pools", Map.of("frame_buffer_count", Math.max(8, frames / 2)));
        }
    }

    private void gc(Bottleneck b) {
        Double afterGc = w.mean("heap_after_gc_mb");
        long current = f.heapMaxBytes() >> 20;
        long wanted = afterGc == null ? current * 2 : Math.max(current + 64, Math.round(afterGc * 3));
        add("larger_heap", "Give the JVM a heap of " + wanted + " MiB", b.stage, "medium",
                "the live heap leaves the collector too little room (heap maximum " + current + " MiB); takes effect "
                        + "at the next start", b.evidence, "PUT", "/api/performance/memory/config", Map.of("heap_size_mb", wanted));
    }

    /** Frame buffers much larger than one captured picture waste direct memory, bottleneck or not. */
    private void poolsFitThePicture() {
        String res = Facts.text(f.capture(), "resolution");
        int size = (int) Facts.number(f.pools(), "frame_buffer_size_mb", 0);
        if (res == null || size <= 0 || !res.matches("\\d+x\\d+")) {
            return;
        }
        String[] wh = res.split("x");
        long bytes = Long.parseLong(wh[0]) * Long.parseLong(wh[1]) * 2; // up to 2 bytes a pixel (YUYV)
        int needed = (int) Math.max(1, (bytes + (1 << 20) - 1) >> 20);
        if (size >= needed * 2) {
            int count = (int) Facts.number(f.pools(), "frame_buffer_count", 0);
            add("frame_buffer_size", "Size frame buffers at " + needed + " MiB", null, "low",
                    "a " + res + " picture needs at most " + needed + " MiB; " + size + " MiB buffers hold "
                            + (long) count * (size - needed) + " MiB of direct memory for nothing",
                    List.of(new Evidence("frame_buffer_size_mb", (double) size, "MiB", ">=", needed * 2.0, res)), "PUT",
                    "/api/performance/memory/pools", Map.of("frame_buffer_size_mb", needed));
        }
    }

    private void add(String id, String title, String addresses, String priority, String reason, List<Evidence> evidence,
            String method, String path, Map<String, Object> body) {
        if (out.stream().anyMatch(r -> r.id.equals(id))) {
            return;
        }
        Recommendation r = new Recommendation();
        r.id = id;
        r.title = title;
        r.addresses = addresses;
        r.priority = priority;
        r.reason = reason;
        r.evidence = evidence;
        r.apply = new Recommendation.ApiCall();
        r.apply.method = method;
        r.apply.path = path;
        r.apply.body = new LinkedHashMap<>(body);
        r.apply.curl = "curl -X " + method + " -H \"Authorization: Bearer $TOKEN\" -H \"Content-Type: application/json\" "
                + "-d '" + JsonText.of(body) + "' http://DEVICE:8080" + path;
        r.apply.available = served.test(method, path.substring("/api".length()));
        out.add(r);
    }
}
