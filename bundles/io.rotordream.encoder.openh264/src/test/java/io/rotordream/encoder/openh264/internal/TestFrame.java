package io.rotordream.encoder.openh264.internal;

import java.nio.ByteBuffer;

import io.rotordream.video.api.Frame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;

/** A frame over a direct buffer, laid out like a V4L2 capture buffer: planes one after another, rows padded to the stride. */
final class TestFrame implements Frame {

    final FrameFormat format;
    final ByteBuffer buffer;
    final int[] offsets = new int[3];
    final int[] strides = new int[3];
    long sequence;
    long captureNanos;
    long epochMicros;

    TestFrame(PixelFormat pixelFormat, int width, int height, int fps, int rowPadding) {
        format = new FrameFormat(pixelFormat, width, height, fps, 1);
        int lumaStride = width + rowPadding;
        strides[0] = lumaStride;
        offsets[0] = 0;
        int size;
        if (pixelFormat == PixelFormat.NV12) {
            strides[1] = lumaStride;
            offsets[1] = lumaStride * height;
            size = offsets[1] + strides[1] * height / 2;
        } else {
            strides[1] = strides[2] = width / 2 + rowPadding / 2;
            offsets[1] = lumaStride * height;
            offsets[2] = offsets[1] + strides[1] * height / 2;
            size = offsets[2] + strides[2] * height / 2;
        }
        buffer = ByteBuffer.allocateDirect(size);
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
        return sequence;
    }

    @Override
    public long captureNanos() {
        return captureNanos;
    }

    @Override
    public long captureEpochMicros() {
        return epochMicros;
    }

    @Override
    public Frame retain() {
        return this;
    }

    @Override
    public void release() {
    }
}
