package io.rotordream.encoder.support;

import java.nio.ByteBuffer;

import io.rotordream.video.api.Frame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;

/** A frame over any buffer with the offsets and strides a test gives it. */
final class PlainFrame implements Frame {

    private final FrameFormat format;
    private final ByteBuffer buffer;
    private final int[] offsets;
    private final int[] strides;

    PlainFrame(PixelFormat pixelFormat, int width, int height, ByteBuffer buffer, int[] offsets, int[] strides) {
        this.format = new FrameFormat(pixelFormat, width, height, 30, 1);
        this.buffer = buffer;
        this.offsets = offsets;
        this.strides = strides;
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
        return buffer.capacity();
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
        return 0;
    }

    @Override
    public long captureNanos() {
        return 0;
    }

    @Override
    public long captureEpochMicros() {
        return 0;
    }

    @Override
    public Frame retain() {
        return this;
    }

    @Override
    public void release() {
    }
}
