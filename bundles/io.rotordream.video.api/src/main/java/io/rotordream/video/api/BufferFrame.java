package io.rotordream.video.api;

import java.nio.ByteBuffer;

import io.rotordream.memory.api.PooledBuffer;

/**
 * A {@link Frame} over a pool buffer, tightly packed planes. Sources keep one per pool buffer and
 * refill it for every picture, so handing out frames allocates nothing.
 */
public final class BufferFrame implements Frame {

    private final PooledBuffer pooled;
    private final int[] offsets = new int[3];
    private final int[] strides = new int[3];
    private FrameFormat format;
    private int length;
    private long sequence;
    private long captureNanos;
    private long captureEpochMicros;

    public BufferFrame(PooledBuffer pooled) {
        this.pooled = pooled;
    }

    /** Bytes a tightly packed picture of this format needs. */
    public static int bytesFor(FrameFormat f) {
        return f.pixelFormat.frameBytes(f.width, f.height);
    }

    /**
     * Describes the picture now in the buffer.
     *
     * @throws IllegalArgumentException when the buffer is too small for the format
     */
    public BufferFrame set(FrameFormat f, long sequence, long captureNanos, long captureEpochMicros) {
        int bytes = bytesFor(f);
        if (bytes > pooled.buffer().capacity()) {
            throw new IllegalArgumentException(f + " needs " + bytes + " bytes, buffers hold "
                    + pooled.buffer().capacity());
        }
        this.format = f;
        this.length = bytes;
        this.sequence = sequence;
        this.captureNanos = captureNanos;
        this.captureEpochMicros = captureEpochMicros;
        int w = f.width;
        int h = f.height;
        switch (f.pixelFormat) {
            case NV12 -> planes(0, w, w * h, w, 0, 0);
            case I420 -> planes(0, w, w * h, w / 2, w * h + (w / 2) * (h / 2), w / 2);
            case YUYV -> planes(0, 2 * w, 0, 0, 0, 0);
            case MJPEG -> planes(0, 0, 0, 0, 0, 0);
        }
        pooled.length(bytes);
        return this;
    }

    private void planes(int o0, int s0, int o1, int s1, int o2, int s2) {
        offsets[0] = o0;
        strides[0] = s0;
        offsets[1] = o1;
        strides[1] = s1;
        offsets[2] = o2;
        strides[2] = s2;
    }

    /** The pool buffer underneath, for writers that fill it. */
    public PooledBuffer pooled() {
        return pooled;
    }

    @Override
    public FrameFormat format() {
        return format;
    }

    @Override
    public ByteBuffer buffer() {
        return pooled.buffer();
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public int planeOffset(int plane) {
        return offsets[plane];
    }

    @Override
    public int stride(int plane) {
        return strides[plane];
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
        pooled.retain();
        return this;
    }

    @Override
    public void release() {
        pooled.release();
    }
}
