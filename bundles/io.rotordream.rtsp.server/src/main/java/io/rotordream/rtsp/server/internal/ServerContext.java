package io.rotordream.rtsp.server.internal;

import java.io.IOException;
import java.util.Random;

import io.rotordream.memory.api.BufferPools;
import io.rotordream.streaming.adaptive.api.ReceiverFeedback;

/** What mounts and sessions need from the server around them. */
interface ServerContext {

    Random random();

    /** Writer threads that may touch a block: the mount's own (0) and each I/O loop. */
    int writers();

    /** The calling thread's writer index. */
    int currentWriter();

    int packetSize();

    boolean retransmission();

    /** {@code null} while the memory pools are not there (packets are then dropped). */
    BufferPools pools();

    MulticastSender openMulticast(Mount mount) throws IOException;

    /**
     * Where a session's receiver reports go to steer the mount's bitrate; {@code null} while no
     * adaptive bitrate controller is there.
     */
    ReceiverFeedback feedback(String mount, String sessionId);
}
