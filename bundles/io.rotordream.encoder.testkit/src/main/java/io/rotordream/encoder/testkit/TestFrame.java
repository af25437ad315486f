package io.rotordream.encoder.testkit;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import io.rotordream.video.api.Frame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.EncoderSettings;

/**
 * A reusable 4:2:0 frame over one direct buffer, laid out like a V4L2 capture buffer: planes one
 * after another, rows padded to the stride, optionally a gap between planes, so an encoder must
 * honour planeOffset and stride. Its fields are open to the tests that paint and inspect it.
 */
public final class TestFrame implements Frame {

    public final FrameFormat format;
    public final ByteBuffer buffer;
    public final int[] offsets = new int[3];
    public final int[] strides = new int[3];
    public long sequence;
    public long captureNanos;
    public long epochMicros;

    /** Planes back to back; {@code rowPadding} bytes after each luma row (half that after I420 chroma rows). */
    public TestFrame(PixelFormat pixelFormat, int width, int height, int fps, int rowPadding) {
        this(pixelFormat, width, height, fps, rowPadding, 0);
    }

    /** @param planeGap unused bytes before each chroma plane */
    public TestFrame(PixelFormat pixelFormat, int width, int height, int fps, int rowPadding, int planeGap) {
        if (pixelFormat != PixelFormat.NV12 && pixelFormat != PixelFormat.I420) {
            throw new IllegalArgumentException("4:2:0 test frames are NV12 or I420, not " + pixelFormat);
        }
        format = new FrameFormat(pixelFormat, width, height, fps, 1);
        int lumaStride = width + rowPadding;
        strides[0] = lumaStride;
        offsets[1] = lumaStride * height + planeGap;
        int size;
        if (pixelFormat == PixelFormat.NV12) {
            strides[1] = lumaStride;
            size = offsets[1] + strides[1] * height / 2;
        } else {
            strides[1] = strides[2] = width / 2 + rowPadding / 2;
            offsets[2] = offsets[1] + strides[1] * height / 2 + planeGap;
            size = offsets[2] + strides[2] * height / 2;
        }
        buffer = ByteBuffer.allocateDirect(size);
    }

    /** {@code count} frames alike, as a capture source lends them in turn from a small pool. */
    public static List<TestFrame> pool(int count, PixelFormat pixelFormat, int width, int height, int fps,
            int rowPadding) {
        List<TestFrame> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            frames.add(new TestFrame(pixelFormat, width, height, fps, rowPadding));
        }
        return frames;
    }

    /** {@code count} frames of the input format and size {@code settings} name. */
    static TestFrame[] pool(int count, EncoderSettings settings, int rowPadding) {
        return pool(count, settings.inputFormat, settings.width, settings.height, settings.fpsNum, rowPadding)
                .toArray(new TestFrame[0]);
    }

    /** Sets what {@link #sequence}, {@link #captureNanos} and {@link #captureEpochMicros} return. */
    public TestFrame stamp(long frameSequence, long frameCaptureNanos, long frameEpochMicros) {
        sequence = frameSequence;
        captureNanos = frameCaptureNanos;
        epochMicros = frameEpochMicros;
        return this;
    }

    /**
     * Mean absolute difference of this NV12 frame's U and V samples from those of a decoded
     * planar 4:2:0 picture of the same size: whether chroma landed in the right planes.
     *
     * @return {mean |U error|, mean |V error|}
     */
    public double[] meanChromaError(byte[] decodedI420) {
        int width = format.width;
        int height = format.height;
        int luma = width * height;
        int chroma = luma / 4;
        double u = 0;
        double v = 0;
        for (int y = 0; y < height / 2; y++) {
            for (int x = 0; x < width / 2; x++) {
                int at = offsets[1] + y * strides[1] + 2 * x;
                u += Math.abs((buffer.get(at) & 0xff) - (decodedI420[luma + y * width / 2 + x] & 0xff));
                v += Math.abs((buffer.get(at + 1) & 0xff) - (decodedI420[luma + chroma + y * width / 2 + x] & 0xff));
            }
        }
        return new double[] { u / chroma, v / chroma };
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
