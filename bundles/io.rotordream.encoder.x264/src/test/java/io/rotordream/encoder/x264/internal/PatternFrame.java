package io.rotordream.encoder.x264.internal;

import java.nio.ByteBuffer;

import io.rotordream.video.api.Frame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;

/**
 * A reusable frame over one direct buffer, painted with a moving texture plus a little sensor-like
 * noise so rate control has real work. Rows are padded (stride > width) and planes have gaps, as
 * driver buffers do, so the encoder must honour planeOffset and stride.
 */
final class PatternFrame implements Frame {

    private static final int ROW_PADDING = 32;
    private static final int PLANE_GAP = 4096;

    private final FrameFormat format;
    private final ByteBuffer buffer;
    private final int[] offsets = new int[3];
    private final int[] strides = new int[3];
    private final int length;
    private long sequence;
    private long captureNanos;
    private long epochMicros;
    private int noiseSeed = 12345;

    PatternFrame(PixelFormat pixelFormat, int width, int height, int fpsNum, int fpsDen) {
        format = new FrameFormat(pixelFormat, width, height, fpsNum, fpsDen);
        strides[0] = width + ROW_PADDING;
        if (pixelFormat == PixelFormat.NV12) {
            strides[1] = width + ROW_PADDING;
            offsets[1] = strides[0] * height + PLANE_GAP;
            length = offsets[1] + strides[1] * height / 2;
        } else {
            strides[1] = strides[2] = width / 2 + ROW_PADDING / 2;
            offsets[1] = strides[0] * height + PLANE_GAP;
            offsets[2] = offsets[1] + strides[1] * height / 2 + PLANE_GAP;
            length = offsets[2] + strides[2] * height / 2;
        }
        buffer = ByteBuffer.allocateDirect(length);
    }

    /** Paints picture {@code t} and stamps it with the given capture times. */
    PatternFrame paint(long t, long sequence, long captureNanos, long epochMicros) {
        this.sequence = sequence;
        this.captureNanos = captureNanos;
        this.epochMicros = epochMicros;
        int w = format.width;
        int h = format.height;
        int dx = (int) (t * 3);
        int dy = (int) t;
        for (int y = 0; y < h; y++) {
            int row = offsets[0] + y * strides[0];
            for (int x = 0; x < w; x++) {
                int texture = ((x + dx) ^ (y + dy)) & 0xff;
                int stripes = ((x + y + 2 * dx) >> 4 & 1) * 40;
                noiseSeed = noiseSeed * 1103515245 + 12345;
                int noise = (noiseSeed >>> 28) - 8;
                buffer.put(row + x, (byte) clamp((texture >> 1) + stripes + 40 + noise));
            }
        }
        for (int y = 0; y < h / 2; y++) {
            for (int x = 0; x < w / 2; x++) {
                int u = 128 + (((x + dx / 2) >> 3) & 31) - 16;
                int v = 128 + (((y + dy) >> 3) & 31) - 16;
                if (format.pixelFormat == PixelFormat.NV12) {
                    int at = offsets[1] + y * strides[1] + 2 * x;
                    buffer.put(at, (byte) u);
                    buffer.put(at + 1, (byte) v);
                } else {
                    buffer.put(offsets[1] + y * strides[1] + x, (byte) u);
                    buffer.put(offsets[2] + y * strides[2] + x, (byte) v);
                }
            }
        }
        return this;
    }

    private static int clamp(int v) {
        return Math.max(16, Math.min(235, v));
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
