package io.rotordream.video.v4l2.internal;

import java.util.ArrayList;
import java.util.List;

import io.rotordream.video.api.Frame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.FrameSink;

/** Records what each frame said when it arrived (frames are reused), and releases or holds it. */
final class RecordingSink implements FrameSink {

    record Seen(long sequence, long captureNanos, long epochMicros, int length, int stride0, int stride1,
            int planeOffset1, FrameFormat format, long contentSequence, int bufferIndex, String thread) {
    }

    private final List<Seen> seen = new ArrayList<>();
    private final List<Frame> held = new ArrayList<>();
    private final List<String> stops = new ArrayList<>();
    volatile boolean hold;

    @Override
    public void onFrame(Frame f) {
        int planes = f.format().pixelFormat.planes();
        Seen s = new Seen(f.sequence(), f.captureNanos(), f.captureEpochMicros(), f.length(), f.stride(0),
                planes > 1 ? f.stride(1) : -1, planes > 1 ? f.planeOffset(1) : -1, f.format(), f.buffer().getLong(0),
                f.buffer().get(8), Thread.currentThread().getName());
        synchronized (this) {
            seen.add(s);
            if (hold) {
                held.add(f);
                return;
            }
        }
        f.release();
    }

    @Override
    public synchronized void onSourceStopped(String reason) {
        stops.add(reason);
    }

    synchronized List<Seen> seen() {
        return List.copyOf(seen);
    }

    synchronized int count() {
        return seen.size();
    }

    synchronized List<String> stops() {
        return List.copyOf(stops);
    }

    synchronized List<Frame> held() {
        return List.copyOf(held);
    }

    /** Releases the oldest held frame. */
    void releaseOne() {
        Frame f;
        synchronized (this) {
            f = held.remove(0);
        }
        f.release();
    }

    void releaseAll() {
        List<Frame> all;
        synchronized (this) {
            all = new ArrayList<>(held);
            held.clear();
        }
        all.forEach(Frame::release);
    }
}
