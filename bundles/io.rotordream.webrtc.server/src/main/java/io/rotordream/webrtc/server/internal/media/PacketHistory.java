package io.rotordream.webrtc.server.internal.media;

/**
 * The last packets sent to one viewer, in plain RTP, for retransmission on NACK (RFC 4585 §6.2.1):
 * a ring of fixed slots allocated once per session, indexed by sequence number.
 */
final class PacketHistory {

    static final int SLOT = 1280;
    private final int size;
    final byte[] bytes;
    private final int[] sequence;
    private final int[] length;
    private final long[] roc;

    PacketHistory(int packets) {
        this.size = Integer.highestOneBit(Math.max(16, packets));
        this.bytes = new byte[size * SLOT];
        this.sequence = new int[size];
        this.length = new int[size];
        this.roc = new long[size];
        java.util.Arrays.fill(sequence, -1);
    }

    /** Offset of the slot a packet with this sequence number is written to. */
    int slot(int seq) {
        return (seq & (size - 1)) * SLOT;
    }

    void stored(int seq, int packetLength, long rolloverCounter) {
        int i = seq & (size - 1);
        sequence[i] = seq;
        length[i] = packetLength;
        roc[i] = rolloverCounter;
    }

    /** @return the packet's length, or -1 when it has been overwritten or was never sent */
    int find(int seq) {
        int i = seq & (size - 1);
        return sequence[i] == seq ? length[i] : -1;
    }

    long roc(int seq) {
        return roc[seq & (size - 1)];
    }

    int capacity() {
        return size;
    }
}
