package io.rotordream.encoder.x264.internal;

import java.util.Arrays;

/**
 * What x264 cannot carry for us: the capture time, sequence and wall-clock time of each frame,
 * keyed by the frame counter passed to x264 as pts. x264 hands pictures back reordered (B-frames)
 * and delayed (lookahead, frame threads), and its dts values are pts of earlier frames, so the ring
 * holds enough frames to cover that delay. Preallocated: nothing is allocated per frame.
 */
final class TimestampRing {

    private final long[] pts;
    private final long[] captureNanos;
    private final long[] sequence;
    private final long[] epochMicros;
    private final int mask;

    /** @param frames frames that may be in flight at once; rounded up to a power of two */
    TimestampRing(int frames) {
        int size = Integer.highestOneBit(Math.max(8, frames) - 1) << 1;
        pts = new long[size];
        Arrays.fill(pts, -1);
        captureNanos = new long[size];
        sequence = new long[size];
        epochMicros = new long[size];
        mask = size - 1;
    }

    int size() {
        return pts.length;
    }

    void put(long framePts, long frameCaptureNanos, long frameSequence, long frameEpochMicros) {
        int i = (int) (framePts & mask);
        pts[i] = framePts;
        captureNanos[i] = frameCaptureNanos;
        sequence[i] = frameSequence;
        epochMicros[i] = frameEpochMicros;
    }

    boolean has(long framePts) {
        return framePts >= 0 && pts[(int) (framePts & mask)] == framePts;
    }

    long captureNanos(long framePts) {
        return captureNanos[(int) (framePts & mask)];
    }

    long sequence(long framePts) {
        return sequence[(int) (framePts & mask)];
    }

    long epochMicros(long framePts) {
        return epochMicros[(int) (framePts & mask)];
    }
}
