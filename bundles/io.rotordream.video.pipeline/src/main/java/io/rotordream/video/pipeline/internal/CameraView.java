package io.rotordream.video.pipeline.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import io.rotordream.memory.api.BufferPools;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.FrameSource;
import io.rotordream.video.api.camera.CameraStatus;
import io.rotordream.video.api.camera.EncoderInfo;
import io.rotordream.video.api.encoder.EncoderFactory;
import io.rotordream.video.api.stream.StreamInfo;

/** The camera's status, backends and snapshot, assembled from the pipeline's parts. */
final class CameraView {

    private CameraView() {
    }

    static CameraStatus status(Pipeline p, BufferPools pools, double targetFps, double tolerance) {
        CameraStatus s = new CameraStatus();
        FrameSource src = p.active();
        StreamInfo info = p.main().info();
        s.sensor = src == null ? null : src.id();
        s.sensorDescription = src == null ? null : src.description();
        s.capturing = src != null && src.running();
        FrameFormat f = src == null ? p.wantedFormat() : src.format();
        s.format = f == null ? null : f.toString();
        s.targetFps = targetFps;
        s.actualFps = p.capture().fps();
        s.fpsWithinTolerance = Math.abs(s.actualFps - targetFps) <= targetFps * tolerance;
        s.controls = src == null ? null : src.controls();
        s.source = src == null ? null : src.stats();
        s.backend = info.backend;
        s.codec = info.codec == null ? null : info.codec.name().toLowerCase();
        s.bitrateKbps = info.bitrateKbps;
        s.actualBitrateKbps = info.actualBitrateKbps;
        s.pipeline = p.subEnabled() ? List.of(p.main().stats(), p.sub().stats()) : List.of(p.main().stats());
        s.pools = pools.stats();
        s.problems = p.problems();
        return s;
    }

    static List<EncoderInfo> encoders(Map<String, EncoderFactory> registered, List<String> order, String active) {
        List<EncoderInfo> out = new ArrayList<>();
        for (EncoderFactory f : registered.values()) {
            EncoderInfo i = new EncoderInfo();
            i.name = f.name();
            i.description = f.description();
            i.codecs = f.codecs().stream().map(c -> c.name().toLowerCase()).sorted().toList();
            i.profiles = f.codecs().stream().flatMap(c -> f.profiles(c).stream()).distinct().collect(Collectors.toList());
            i.hardware = f.hardware();
            i.available = f.availability().available;
            i.reason = f.availability().reason;
            i.order = order == null ? -1 : order.indexOf(f.name());
            i.active = f.name().equals(active);
            out.add(i);
        }
        out.sort(Comparator.comparingInt((EncoderInfo i) -> i.order < 0 ? Integer.MAX_VALUE : i.order)
                .thenComparing(i -> i.name));
        return out;
    }

    static byte[] snapshot(CaptureStage capture, int quality) {
        try {
            return JpegSnapshot.encode(capture.nextPicture().get(3, TimeUnit.SECONDS), quality);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no picture captured within 3 s: is the sensor running?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage());
        }
    }
}
