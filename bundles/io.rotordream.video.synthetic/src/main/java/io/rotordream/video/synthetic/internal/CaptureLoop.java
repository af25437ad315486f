package io.rotordream.video.synthetic.internal;

import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import io.rotordream.memory.api.BufferPool;
import io.rotordream.memory.api.PooledBuffer;
import io.rotordream.video.api.BufferFrame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.FrameSink;

/**
 * The synthetic sensor's capture thread. Paced, frame n is due at start + n x interval on the
 * monotonic clock (no drift); when it runs late it skips the frames it missed, so the sequence
 * shows the gap as a real sensor's would. Unpaced (benchmarks) it waits for buffers instead of
 * dropping, and keeps at most {@link #UNPACED_IN_FLIGHT} frames in flight: the pipeline drops
 * frames its encoder cannot take, so a source rendering flat out behind a slow encoder would
 * only burn the CPU the encoder needs.
 */
final class CaptureLoop implements Runnable {

    private final FrameFormat format;
    private final BufferPool pool;
    private final FrameSink sink;
    private final boolean paced;
    private final SourceCounters counters;
    private final PatternRenderer renderer;
    private final Map<PooledBuffer, BufferFrame> frames = new IdentityHashMap<>();
    static final int UNPACED_IN_FLIGHT = 3;
    /**
     * How often an unpaced source looks for room. Finer polling burns the CPU the encoder needs
     * (at 50 us, a fifth of a core behind a 9 fps encoder); with three frames in flight a
     * millisecond of delay never starves the encoder.
     */
    private static final long UNPACED_POLL_NANOS = 1_000_000;
    /** Unpaced: the buffers of the last frames delivered, by sequence number modulo the ring size. */
    private final PooledBuffer[] recent = new PooledBuffer[UNPACED_IN_FLIGHT];
    private volatile boolean running = true;
    private volatile double[] pendingLook;

    CaptureLoop(PatternRenderer renderer, BufferPool pool, FrameSink sink, boolean paced, SourceCounters counters) {
        this.renderer = renderer;
        this.format = renderer.format();
        this.pool = pool;
        this.sink = sink;
        this.paced = paced;
        this.counters = counters;
    }

    void stop() {
        running = false;
    }

    /** Brightness and tint, applied by the capture thread at the next frame boundary. */
    void look(double gain, int uShift, int vShift) {
        pendingLook = new double[] { gain, uShift, vShift };
    }

    @Override
    public void run() {
        long interval = format.frameIntervalNanos();
        long startNanos = System.nanoTime();
        Instant wall = Instant.now();
        long startEpochMicros = wall.getEpochSecond() * 1_000_000L + wall.getNano() / 1_000;
        long n = 0;
        while (running) {
            long due = startNanos + n * interval;
            if (paced) {
                long wait;
                while (running && (wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                long late = System.nanoTime() - due;
                if (late > interval) {
                    long missed = late / interval;
                    counters.dropped(missed);
                    n += missed;
                    continue;
                }
            }
            if (!paced) {
                awaitRoom(n);
            }
            PooledBuffer b = pool.tryAcquire();
            if (b == null) {
                if (paced) {
                    counters.noBuffer();
                    n++;
                } else {
                    LockSupport.parkNanos(UNPACED_POLL_NANOS);
                }
                continue;
            }
            applyLook();
            long now = System.nanoTime();
            BufferFrame frame = frames.computeIfAbsent(b, BufferFrame::new);
            try {
                frame.set(format, n, now, startEpochMicros + (now - startNanos) / 1_000);
                renderer.render(frame, n);
            } catch (RuntimeException e) {
                b.release();
                throw e;
            }
            counters.delivered(now);
            if (!paced) {
                recent[(int) (n % UNPACED_IN_FLIGHT)] = b;
            }
            sink.onFrame(frame);
            n++;
        }
    }

    /** Waits (at most a second, so a stuck consumer cannot stall it) until frame n - K is done with. */
    private void awaitRoom(long n) {
        PooledBuffer old = recent[(int) (n % UNPACED_IN_FLIGHT)];
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (running && old != null && old.references() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(UNPACED_POLL_NANOS);
        }
    }

    private void applyLook() {
        double[] look = pendingLook;
        if (look != null) {
            pendingLook = null;
            renderer.brightness(look[0], (int) look[1], (int) look[2]);
        }
    }
}
