package io.rotordream.rtsp.server.internal;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One access unit (or one RTCP packet) packetized once for every client of a mount: runs of
 * framed packets in {@link Block}s, shared by reference count. Reused: the mount takes a free one
 * from its pool and the last release hands it back.
 */
final class MediaFrame {

    private final FramePool home;
    private final AtomicInteger refs = new AtomicInteger();
    boolean keyframe;
    /** An RTCP packet (goes to the RTCP port / odd channel), not video. */
    boolean rtcp;
    long rtpTimestamp;
    int firstSequence;
    int packets;
    long bytes;
    /** Per packet: segment index, offset of its 4-byte interleave prefix, RTP length. */
    int[] packetSegment = new int[64];
    int[] packetOffset = new int[64];
    int[] packetLength = new int[64];
    int segments;
    Block[] segmentBlock = new Block[4];
    int[] segmentStart = new int[4];
    int[] segmentEnd = new int[4];

    MediaFrame(FramePool home) {
        this.home = home;
    }

    void reset(boolean keyframe, boolean rtcp, long rtpTimestamp, int firstSequence) {
        this.keyframe = keyframe;
        this.rtcp = rtcp;
        this.rtpTimestamp = rtpTimestamp;
        this.firstSequence = firstSequence;
        packets = 0;
        bytes = 0;
        segments = 0;
        refs.set(1);
    }

    /** Starts a run in {@code b} at {@code at}; the frame holds a reference to the block. */
    void beginSegment(Block b, int at) {
        if (segments == segmentBlock.length) {
            segmentBlock = Arrays.copyOf(segmentBlock, segments * 2);
            segmentStart = Arrays.copyOf(segmentStart, segments * 2);
            segmentEnd = Arrays.copyOf(segmentEnd, segments * 2);
        }
        b.pooled.retain();
        segmentBlock[segments] = b;
        segmentStart[segments] = at;
        segmentEnd[segments] = at;
        segments++;
    }

    void addPacket(int prefixOffset, int rtpLength) {
        if (packets == packetOffset.length) {
            packetSegment = Arrays.copyOf(packetSegment, packets * 2);
            packetOffset = Arrays.copyOf(packetOffset, packets * 2);
            packetLength = Arrays.copyOf(packetLength, packets * 2);
        }
        packetSegment[packets] = segments - 1;
        packetOffset[packets] = prefixOffset;
        packetLength[packets] = rtpLength;
        segmentEnd[segments - 1] = prefixOffset + 4 + rtpLength;
        packets++;
        bytes += rtpLength;
    }

    int lastSequence() {
        return (firstSequence + packets - 1) & 0xffff;
    }

    MediaFrame retain() {
        refs.incrementAndGet();
        return this;
    }

    void release() {
        int left = refs.decrementAndGet();
        if (left == 0) {
            for (int i = 0; i < segments; i++) {
                segmentBlock[i].pooled.release();
                segmentBlock[i] = null;
            }
            segments = 0;
            home.giveBack(this);
        } else if (left < 0) {
            throw new IllegalStateException("frame released more often than retained");
        }
    }
}
