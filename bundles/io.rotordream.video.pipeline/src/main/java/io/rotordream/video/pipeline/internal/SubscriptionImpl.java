package io.rotordream.video.pipeline.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.rotordream.video.api.stream.AccessUnit;
import io.rotordream.video.api.stream.StreamSubscription;

/**
 * One consumer's bounded queue. Delivery starts at a keyframe; when the queue is full the unit is
 * dropped for this consumer only and delivery resumes at the next keyframe, so the consumer never
 * decodes a picture whose references it lost.
 */
final class SubscriptionImpl implements StreamSubscription {

    interface KeyframeRequester {
        void requestKeyframe(String reason);
    }

    final String consumer;
    private final ArrayBlockingQueue<AccessUnit> queue;
    private final KeyframeRequester keyframes;
    private final Runnable onClose;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong resyncs = new AtomicLong();
    private volatile boolean waitingForKeyframe = true;
    private volatile boolean closed;

    SubscriptionImpl(String consumer, int capacity, KeyframeRequester keyframes, Runnable onClose) {
        this.consumer = consumer;
        this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
        this.keyframes = keyframes;
        this.onClose = onClose;
    }

    /** Called by the encode thread; never blocks. */
    void offer(AccessUnit au) {
        if (closed) {
            return;
        }
        if (waitingForKeyframe) {
            if (!au.keyframe()) {
                return;
            }
            if (delivered.get() > 0) {
                resyncs.incrementAndGet();
            }
            waitingForKeyframe = false;
        }
        au.retain();
        if (!queue.offer(au)) {
            au.release();
            dropped.incrementAndGet();
            waitingForKeyframe = true;
            keyframes.requestKeyframe("consumer " + consumer + " fell behind");
            return;
        }
        delivered.incrementAndGet();
        if (closed) {
            drain();
        }
    }

    /** Drops everything queued (counted) and waits for the next keyframe. */
    int shed() {
        int n = 0;
        AccessUnit au;
        waitingForKeyframe = true;
        while ((au = queue.poll()) != null) {
            au.release();
            n++;
        }
        dropped.addAndGet(n);
        if (n > 0) {
            keyframes.requestKeyframe("consumer " + consumer + " held too many access units");
        }
        return n;
    }

    @Override
    public AccessUnit poll(long timeout, TimeUnit unit) throws InterruptedException {
        return closed ? null : queue.poll(timeout, unit);
    }

    @Override
    public void requestKeyframe(String reason) {
        keyframes.requestKeyframe(consumer + ": " + reason);
    }

    @Override
    public long delivered() {
        return delivered.get();
    }

    @Override
    public long dropped() {
        return dropped.get();
    }

    @Override
    public long resyncs() {
        return resyncs.get();
    }

    @Override
    public int queued() {
        return queue.size();
    }

    @Override
    public boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            onClose.run();
        }
        drain();
    }

    private void drain() {
        AccessUnit au;
        while ((au = queue.poll()) != null) {
            au.release();
        }
    }
}
