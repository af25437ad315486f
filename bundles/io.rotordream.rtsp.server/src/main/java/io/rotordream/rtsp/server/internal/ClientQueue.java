package io.rotordream.rtsp.server.internal;

/**
 * A TCP client's bounded queue of shared frames. When it is full the client loses what is queued
 * and resumes at the next keyframe (counted), so a slow reader never holds up the mount or the
 * other clients, and never sees a picture whose references it lost.
 */
final class ClientQueue {

    private final MediaFrame[] ring;
    private int head;
    private int size;
    private boolean waitingForKeyframe = true;
    private long drops;
    private long resyncs;

    ClientQueue(int capacity) {
        ring = new MediaFrame[Math.max(2, capacity)];
    }

    /**
     * Mount thread.
     *
     * @return false when the client just fell behind and needs a keyframe
     */
    synchronized boolean offer(MediaFrame f) {
        // nothing, not even a sender report, before the first keyframe: a report about packets the
        // client never got would only confuse its clock recovery
        if (waitingForKeyframe) {
            if (!f.keyframe) {
                return true;
            }
            waitingForKeyframe = false;
        }
        if (size == ring.length) {
            if (f.rtcp) {
                return true;
            }
            clear();
            drops++;
            resyncs++;
            waitingForKeyframe = !f.keyframe;
            if (waitingForKeyframe) {
                return false;
            }
        }
        ring[(head + size) % ring.length] = f.retain();
        size++;
        return true;
    }

    /** I/O thread: the next frame with the queue's reference, or {@code null}. */
    synchronized MediaFrame poll() {
        if (size == 0) {
            return null;
        }
        MediaFrame f = ring[head];
        ring[head] = null;
        head = (head + 1) % ring.length;
        size--;
        return f;
    }

    /** Releases everything queued; the client resumes at the next keyframe. @return frames released */
    synchronized int shed() {
        int n = clear();
        if (n > 0) {
            drops++;
            waitingForKeyframe = true;
        }
        return n;
    }

    private int clear() {
        int n = size;
        while (size > 0) {
            ring[head].release();
            ring[head] = null;
            head = (head + 1) % ring.length;
            size--;
        }
        return n;
    }

    synchronized int size() {
        return size;
    }

    synchronized long drops() {
        return drops;
    }

    synchronized boolean waitingForKeyframe() {
        return waitingForKeyframe;
    }
}
