package io.rotordream.video.pipeline.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.rotordream.video.api.Frame;

/**
 * Frames waiting for one encoder. Bounded; when full the oldest waiting frame is dropped so the
 * encoder always works on the freshest picture and capture never waits (lowest latency).
 */
final class EncodeQueue {

    private final ArrayBlockingQueue<Frame> queue;
    private final Drops drops;

    EncodeQueue(int capacity, Drops drops) {
        this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
        this.drops = drops;
    }

    /** Takes ownership of one reference of {@code frame}. */
    void offer(Frame frame) {
        while (!queue.offer(frame)) {
            Frame oldest = queue.poll();
            if (oldest != null) {
                oldest.release();
                drops.encoderBusy.incrementAndGet();
            }
        }
    }

    Frame poll(long timeout, TimeUnit unit) throws InterruptedException {
        return queue.poll(timeout, unit);
    }

    int depth() {
        return queue.size();
    }

    int capacity() {
        return queue.size() + queue.remainingCapacity();
    }

    void clear() {
        Frame f;
        while ((f = queue.poll()) != null) {
            f.release();
        }
    }
}
