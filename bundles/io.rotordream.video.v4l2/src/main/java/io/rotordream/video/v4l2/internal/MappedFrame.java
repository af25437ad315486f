package io.rotordream.video.v4l2.internal;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;

import io.rotordream.video.api.Frame;
import io.rotordream.video.api.FrameFormat;

/**
 * The frame of one mmap buffer index, reused for every picture the driver returns in that buffer.
 * The capture thread fills the fields before handing it to the sink; the sink's hand-off to other
 * threads publishes them. The last release gives the buffer back to its {@link Owner}.
 */
final class MappedFrame implements Frame {

    /** Takes a buffer back (VIDIOC_QBUF) once no one holds its frame. */
    interface Owner {
        void returned(int index);
    }

    private final Owner owner;
    private final int index;
    private final ByteBuffer buffer;
    private final FrameFormat format;
    private final PlaneLayout layout;
    private final AtomicInteger references = new AtomicInteger();
    private int length;
    private long sequence;
    private long captureNanos;
    private long captureEpochMicros;

    MappedFrame(Owner owner, int index, ByteBuffer mapped, FrameFormat format, PlaneLayout layout) {
        this.owner = owner;
        this.index = index;
        this.buffer = mapped.duplicate(); // consumers' position/limit games cannot reach the mapping's
        this.format = format;
        this.layout = layout;
    }

    /** Called by the capture thread after DQBUF; the caller's reference is the sink's. */
    void lend(int bytesUsed, long seq, long nanos, long epochMicros) {
        this.length = bytesUsed;
        this.sequence = seq;
        this.captureNanos = nanos;
        this.captureEpochMicros = epochMicros;
        references.set(1);
    }

    int index() {
        return index;
    }

    int references() {
        return references.get();
    }

    @Override
    public FrameFormat format() {
        return format;
    }

    @Override
    public ByteBuffer buffer() {
        return buffer;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public int planeOffset(int plane) {
        return layout.offset(plane);
    }

    @Override
    public int stride(int plane) {
        return layout.stride(plane);
    }

    @Override
    public long sequence() {
        return sequence;
    }

    @Override
    public long captureNanos() {
        return captureNanos;
    }

    @Override
    public long captureEpochMicros() {
        return captureEpochMicros;
    }

    @Override
    public Frame retain() {
        for (;;) {
            int r = references.get();
            if (r <= 0) {
                throw new IllegalStateException("frame of buffer " + index + " retained after its last release");
            }
            if (references.compareAndSet(r, r + 1)) {
                return this;
            }
        }
    }

    @Override
    public void release() {
        for (;;) {
            int r = references.get();
            if (r <= 0) {
                throw new IllegalStateException("frame of buffer " + index + " released more often than retained");
            }
            if (references.compareAndSet(r, r - 1)) {
                if (r == 1) {
                    owner.returned(index);
                }
                return;
            }
        }
    }
}
