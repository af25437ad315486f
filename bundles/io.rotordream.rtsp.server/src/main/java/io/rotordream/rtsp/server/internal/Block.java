package io.rotordream.rtsp.server.internal;

import java.nio.ByteBuffer;

import io.rotordream.memory.api.PooledBuffer;

/**
 * A network-pool buffer holding whole packets of one mount, each framed for TCP interleaving
 * ('$', channel, 16-bit length, RTP packet; RFC 2326 §10.12) so a TCP client on channel 0 gets a
 * run of packets in one write and a UDP client gets each RTP packet from 4 bytes in. Writers
 * never move the buffer's position: each thread has its own view, made once.
 */
final class Block {

    final PooledBuffer pooled;
    private final ByteBuffer[] views;

    Block(PooledBuffer pooled, int writers) {
        this.pooled = pooled;
        this.views = new ByteBuffer[writers];
    }

    ByteBuffer buffer() {
        return pooled.buffer();
    }

    /** The view of writer thread {@code w} (0 the mount's own thread, 1.. the I/O loops). */
    ByteBuffer view(int w) {
        ByteBuffer v = views[w];
        if (v == null) {
            v = pooled.buffer().duplicate();
            views[w] = v;
        }
        return v;
    }
}
