package io.rotordream.video.pipeline.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.video.api.Frame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.FrameSink;

/**
 * Receives the sensor's frames on the capture thread and hands one reference to each stream's
 * encode queue; it never blocks, so a slow encoder or consumer cannot stall capture. A snapshot
 * request copies the next frame out (only then does anything get allocated).
 */
final class CaptureStage implements FrameSink {

    /** A copied picture for the snapshot endpoint. */
    record Picture(FrameFormat format, byte[] data, int[] offsets, int[] strides) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(CaptureStage.class);
    private final ThreadPlacement placement;
    private final RateMeter captured = new RateMeter();
    private final AtomicReference<CompletableFuture<Picture>> snapshot = new AtomicReference<>();
    private volatile StreamChannel[] channels = new StreamChannel[0];
    private volatile boolean placed;
    private volatile String stoppedReason;
    private volatile long threadId;

    CaptureStage(ThreadPlacement placement) {
        this.placement = placement;
    }

    void channels(StreamChannel... channels) {
        this.channels = channels.clone();
    }

    /** Re-apply scheduling on the next frame (a new capture thread, a new configuration). */
    void replace() {
        placed = false;
    }

    @Override
    public void onFrame(Frame frame) {
        try {
            if (!placed) {
                placed = placement.placeCurrent(ThreadPlacement.Stage.CAPTURE);
                threadId = Thread.currentThread().getId();
                for (StreamChannel c : channels) {
                    c.captureThread(threadId);
                }
            }
            stoppedReason = null;
            captured.record(frame.captureNanos(), frame.length());
            CompletableFuture<Picture> wanted = snapshot.getAndSet(null);
            if (wanted != null) {
                wanted.complete(copy(frame));
            }
            StreamChannel[] cs = channels;
            for (int i = 0; i < cs.length; i++) {
                cs[i].offer(frame.retain());
            }
        } finally {
            frame.release();
        }
    }

    private static Picture copy(Frame f) {
        byte[] data = new byte[f.length()];
        f.buffer().get(0, data);
        int planes = f.format().pixelFormat.planes();
        int[] offsets = new int[planes];
        int[] strides = new int[planes];
        for (int p = 0; p < planes; p++) {
            offsets[p] = f.planeOffset(p);
            strides[p] = f.stride(p);
        }
        return new Picture(f.format(), data, offsets, strides);
    }

    @Override
    public void onSourceStopped(String reason) {
        stoppedReason = reason;
        placed = false;
        LOG.warn("Sensor stopped: {}", reason);
    }

    /** Completes with a copy of the next captured frame. */
    CompletableFuture<Picture> nextPicture() {
        CompletableFuture<Picture> f = new CompletableFuture<>();
        CompletableFuture<Picture> existing = snapshot.compareAndExchange(null, f);
        return existing == null ? f : existing;
    }

    double fps() {
        return captured.perSecond(System.nanoTime());
    }

    long frames() {
        return captured.total();
    }

    long threadId() {
        return threadId;
    }

    String stoppedReason() {
        return stoppedReason;
    }
}
