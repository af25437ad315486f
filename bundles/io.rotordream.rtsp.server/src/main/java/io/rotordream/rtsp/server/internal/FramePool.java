package io.rotordream.rtsp.server.internal;

import java.util.concurrent.ArrayBlockingQueue;

/** A mount's fixed set of reusable {@link MediaFrame}s: nothing allocated per access unit. */
final class FramePool {

    private final ArrayBlockingQueue<MediaFrame> free;

    FramePool(int size) {
        free = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            free.add(new MediaFrame(this));
        }
    }

    /** @return a frame, or {@code null} when every one is still held by some client */
    MediaFrame take() {
        return free.poll();
    }

    void giveBack(MediaFrame f) {
        free.offer(f);
    }

    int available() {
        return free.size();
    }
}
