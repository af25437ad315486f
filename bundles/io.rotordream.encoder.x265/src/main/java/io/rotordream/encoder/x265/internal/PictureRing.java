package io.rotordream.encoder.x265.internal;

/**
 * What the encoder must report for each picture it emits but x265 does not carry: the capture
 * sequence number and wall-clock time. Keyed by the picture index passed through x265_picture
 * userData; sized beyond the pictures x265 can hold (lookahead + B-frames + frame threads), so a
 * slot is never reused before its picture comes out. Preallocated: nothing per frame.
 */
final class PictureRing {

    private final long[] indexes;
    private final long[] sequences;
    private final long[] epochMicros;

    PictureRing(int size) {
        indexes = new long[size];
        sequences = new long[size];
        epochMicros = new long[size];
        java.util.Arrays.fill(indexes, -1);
    }

    int size() {
        return indexes.length;
    }

    void put(long index, long sequence, long captureEpochMicros) {
        int slot = (int) (index % indexes.length);
        indexes[slot] = index;
        sequences[slot] = sequence;
        epochMicros[slot] = captureEpochMicros;
    }

    /** @return the slot holding {@code index}, or -1 when it was overwritten or never stored */
    int slot(long index) {
        if (index < 0) {
            return -1;
        }
        int slot = (int) (index % indexes.length);
        return indexes[slot] == index ? slot : -1;
    }

    long sequence(int slot) {
        return sequences[slot];
    }

    long epochMicros(int slot) {
        return epochMicros[slot];
    }
}
