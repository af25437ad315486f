package io.rotordream.video.v4l2.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.video.api.FrameSink;
import io.rotordream.video.api.SourceStats;

/**
 * The capture thread of a started source: poll, DQBUF, hand the buffer's frame to the sink. When
 * the device fails or goes away it shuts the run down, tells the sink, and opens the device again
 * (every retry interval) until it is back or the source is stopped.
 */
final class CaptureLoop implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(CaptureLoop.class);
    /** Consecutive failed polls or EIO dequeues before the run is restarted. */
    private static final int MAX_ERRORS = 50;
    private static final long UNSIGNED_32 = 0xFFFF_FFFFL;

    /** Opens a new run with the source's current format and controls. */
    interface SessionFactory {
        CaptureSession open() throws V4l2Exception;
    }

    /** Told when a run ends by itself (device gone, I/O error), before the sink. */
    interface Listener {
        void runEnded(String reason);
    }

    private final String path;
    private final FrameSink sink;
    private final SessionFactory factory;
    private final Listener listener;
    private final SourceSettings settings;
    private final WallClock clock;
    private final CaptureCounters counters = new CaptureCounters();
    private final Thread thread;
    private final Object pause = new Object();
    private CaptureSession first;
    private volatile CaptureSession current;
    private volatile boolean stopping;
    private volatile boolean restart;
    /** Frame.sequence of the last frame handed out: sequences continue across runs of one start. */
    private long lastSequence = -1;
    private long lastDriverSequence = -1;
    private boolean sinkFailureLogged;

    CaptureLoop(String path, FrameSink sink, CaptureSession first, SessionFactory factory, Listener listener,
            SourceSettings settings, WallClock clock) {
        this.path = path;
        this.sink = sink;
        this.first = first;
        this.factory = factory;
        this.listener = listener;
        this.settings = settings;
        this.clock = clock;
        this.thread = new Thread(this, "v4l2-capture " + path);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    SourceStats stats() {
        return counters.snapshot();
    }

    /** Stops the run and starts a new one (the source's format changed). */
    void restart() {
        restart = true;
        wake();
    }

    /** Returns once the thread has ended, unless called from the capture thread itself (a sink). */
    void stopAndJoin() {
        stopping = true;
        wake();
        if (Thread.currentThread() == thread) {
            return;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void wake() {
        CaptureSession s = current;
        if (s != null) {
            s.wake();
        }
        synchronized (pause) {
            pause.notifyAll();
        }
    }

    @Override
    public void run() {
        CaptureSession s = first;
        first = null;
        try {
            while (!stopping) {
                if (s == null && (s = reopen()) == null) {
                    continue;
                }
                current = s;
                if (stopping) {
                    break; // stop() ran before current was set and could not wake this run
                }
                String reason = capture(s);
                current = null;
                s.shutdown();
                s = null;
                if (reason != null && !stopping) {
                    LOG.warn("{} stopped: {}; opening it again every {} ms", path, reason, settings.retryIntervalMs());
                    listener.runEnded(reason);
                    notifySink(reason);
                    sleep(settings.retryIntervalMs());
                }
            }
        } finally {
            current = null;
            if (s != null) {
                s.shutdown();
            }
        }
    }

    private CaptureSession reopen() {
        restart = false;
        try {
            CaptureSession s = factory.open();
            counters.restarted();
            lastDriverSequence = -1;
            LOG.info("{} capturing {}", path, s.format);
            return s;
        } catch (V4l2Exception | RuntimeException e) {
            LOG.debug("{} cannot capture yet: {}", path, e.getMessage());
            sleep(settings.retryIntervalMs());
            return null;
        }
    }

    /** @return why the run ended by itself, or {@code null} when asked to stop or restart */
    private String capture(CaptureSession s) {
        VideoDevice d = s.device;
        VideoDevice.Dequeued dq = s.dequeued;
        int starvedWaitMs = (int) Math.max(1, Math.min(settings.pollTimeoutMs(), s.format.frameIntervalNanos() / 1_000_000));
        int errors = 0;
        while (!stopping && !restart) {
            // every buffer held by consumers: the driver has nowhere to capture; wait one frame and count it
            boolean starved = s.queuedCount() == 0;
            int revents;
            try {
                revents = d.poll(starved ? starvedWaitMs : settings.pollTimeoutMs());
            } catch (V4l2Exception e) {
                return stopping || restart ? null : describe(e);
            }
            if (revents == 0) {
                if (starved) {
                    counters.noBuffer();
                }
                continue;
            }
            boolean got;
            try {
                got = d.dequeue(dq);
            } catch (V4l2Exception e) {
                if (stopping || restart) {
                    return null;
                }
                // videodev2.h: DQBUF EIO may be a transient loss of signal; retry for a while, one frame apart
                if (e.errno() == Posix.EIO && ++errors < MAX_ERRORS) {
                    sleep(starvedWaitMs);
                    continue;
                }
                return describe(e);
            }
            if (!got) {
                if ((revents & Posix.POLLHUP) != 0) {
                    return stopping || restart ? null : "device gone: " + path + " hung up";
                }
                if ((revents & (Posix.POLLERR | Posix.POLLNVAL)) != 0 && !stopping && !restart) {
                    if (++errors >= MAX_ERRORS) {
                        return "capture error: " + path + " reports errors and delivers no frame";
                    }
                    sleep(Math.max(1, starvedWaitMs));
                }
                continue;
            }
            errors = 0;
            deliver(s, dq);
        }
        return null;
    }

    private void deliver(CaptureSession s, VideoDevice.Dequeued dq) {
        long gap = lastDriverSequence < 0 ? dq.sequence : (dq.sequence - lastDriverSequence - 1) & UNSIGNED_32;
        if (gap > Integer.MAX_VALUE) {
            gap = 0; // out of order or repeated: not a loss
        }
        lastDriverSequence = dq.sequence;
        long sequence = lastSequence + 1 + gap;
        lastSequence = sequence;
        if (gap > 0) {
            counters.dropped(gap);
        }
        if ((dq.flags & V4l2.V4L2_BUF_FLAG_ERROR) != 0 || dq.bytesUsed == 0) {
            // videodev2.h: V4L2_BUF_FLAG_ERROR means the data may be corrupted; the gap shows the loss
            counters.dropped(1);
            s.requeueUnlent(dq.index);
            return;
        }
        long nanos = (dq.flags & V4l2.V4L2_BUF_FLAG_TIMESTAMP_MASK) == V4l2.V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC
                ? dq.timestampNanos
                : clock.nanoTime();
        MappedFrame frame = s.frame(dq.index);
        s.markLent();
        frame.lend(dq.bytesUsed, sequence, nanos, clock.toEpochMicros(nanos));
        counters.delivered(nanos);
        try {
            sink.onFrame(frame);
        } catch (RuntimeException e) {
            if (!sinkFailureLogged) {
                sinkFailureLogged = true;
                LOG.error("the sink of {} threw; a frame it did not release keeps its buffer", path, e);
            }
        }
    }

    private String describe(V4l2Exception e) {
        return (e.deviceGone() ? "device gone: " : "capture error: ") + e.getMessage();
    }

    private void notifySink(String reason) {
        try {
            sink.onSourceStopped(reason);
        } catch (RuntimeException e) {
            LOG.error("the sink of {} threw on onSourceStopped", path, e);
        }
    }

    private void sleep(long ms) {
        synchronized (pause) {
            if (stopping || restart) {
                return;
            }
            try {
                pause.wait(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
        }
    }
}
