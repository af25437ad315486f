package io.rotordream.encoder.support;

import java.util.Arrays;

/**
 * What a library cannot carry for us: the capture time, sequence and wall-clock time of each
 * frame, keyed by a running frame index the library hands back with the encoded picture (as pts,
 * or as user data). Libraries return pictures late (lookahead, frame threads) and reordered
 * (B-frames), so the ring is sized beyond the frames they hold; an index whose slot was taken by a
 * later frame is reported as gone rather than answered wrongly. Preallocated: nothing per frame.
 */
public final class FrameRing {

    private final long[] indexes;
    private final long[] captureNanos;
    private final long[] sequences;
    private final long[] epochMicros;
    private final int mask;

    /** @param frames frames that may be in flight at once; rounded up to a power of two, at least 8 */
    public FrameRing(int frames) {
        int size = Integer.highestOneBit(Math.max(8, frames) - 1) << 1;
        indexes = new long[size];
        Arrays.fill(indexes, -1);
        captureNanos = new long[size];
        sequences = new long[size];
        epochMicros = new long[size];
        mask = size - 1;
    }

    public int size() {
        return indexes.length;
    }

    /** @param index the frame's running index, from 0 */
    public void put(long index, long frameCaptureNanos, long frameSequence, long frameEpochMicros) {
        int slot = (int) (index & mask);
        indexes[slot] = index;
        captureNanos[slot] = frameCaptureNanos;
        sequences[slot] = frameSequence;
        epochMicros[slot] = frameEpochMicros;
    }

    /** Whether {@code index} is still held: {@code false} when negative, overwritten or never put. */
    public boolean has(long index) {
        return index >= 0 && indexes[(int) (index & mask)] == index;
    }

    /** Only for an index that {@link #has}. */
    public long captureNanos(long index) {
        return captureNanos[(int) (index & mask)];
    }

    /** Only for an index that {@link #has}. */
    public long sequence(long index) {
        return sequences[(int) (index & mask)];
    }

    /** Only for an index that {@link #has}. */
    public long epochMicros(long index) {
        return epochMicros[(int) (index & mask)];
    }
}
