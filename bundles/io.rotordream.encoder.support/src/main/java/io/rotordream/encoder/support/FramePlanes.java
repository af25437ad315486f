package io.rotordream.encoder.support;

import java.nio.ByteBuffer;

import io.rotordream.video.api.Frame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.EncoderException;

/**
 * The planes of 4:2:0 frames of one format and size (I420: Y, U, V; NV12: Y and interleaved UV),
 * checked against each frame's buffer and resolved to native addresses, for a library that reads
 * the frame in place. Each plane is bounds-checked first, since the library would read past a
 * short buffer without noticing: a crash, not an exception. Allocates nothing per frame.
 */
public final class FramePlanes {

    private final PixelFormat format;
    private final int width;
    private final int height;
    private final int count;
    private final DirectAddresses addresses;
    private final long[] planeAddresses = new long[3];
    private final int[] offsets = new int[3];
    private final int[] strides = new int[3];

    /**
     * @param addresses the encoder's cache of buffer addresses
     * @throws IllegalArgumentException for a format that is not I420 or NV12
     */
    public FramePlanes(PixelFormat format, int width, int height, DirectAddresses addresses) {
        if (format != PixelFormat.I420 && format != PixelFormat.NV12) {
            throw new IllegalArgumentException("4:2:0 planes are I420 or NV12, not " + format);
        }
        this.format = format;
        this.width = width;
        this.height = height;
        this.count = format == PixelFormat.NV12 ? 2 : 3;
        this.addresses = addresses;
    }

    /** 3 for I420, 2 for NV12. */
    public int count() {
        return count;
    }

    /**
     * Checks that {@code frame} has this format and size and that every plane lies inside its
     * buffer, then resolves the planes' addresses.
     *
     * @throws EncoderException naming what does not fit; nothing is resolved then
     */
    public void set(Frame frame) throws EncoderException {
        FrameFormat f = frame.format();
        if (f.pixelFormat != format || f.width != width || f.height != height) {
            throw new EncoderException("encoder opened for " + format + " " + width + "x" + height + ", got " + f);
        }
        ByteBuffer buffer = frame.buffer();
        if (buffer == null || !buffer.isDirect()) {
            throw new EncoderException("frame buffer is not direct memory: the library reads frames in place");
        }
        for (int plane = 0; plane < count; plane++) {
            check(plane, frame.planeOffset(plane), frame.stride(plane), buffer.capacity());
        }
        long base = addresses.addressOf(buffer);
        for (int plane = 0; plane < count; plane++) {
            offsets[plane] = frame.planeOffset(plane);
            strides[plane] = frame.stride(plane);
            planeAddresses[plane] = base + offsets[plane];
        }
    }

    /** Native address of a plane of the frame set last. */
    public long address(int plane) {
        return planeAddresses[plane];
    }

    /** Byte offset of a plane in the buffer of the frame set last. */
    public int offset(int plane) {
        return offsets[plane];
    }

    /** Bytes per row of a plane of the frame set last. */
    public int stride(int plane) {
        return strides[plane];
    }

    /** 4:2:0: chroma planes have half the rows; NV12's interleaved UV row is as wide as luma. */
    private void check(int plane, int offset, int stride, int capacity) throws EncoderException {
        int rowBytes = plane == 0 || format == PixelFormat.NV12 ? width : width / 2;
        int rows = plane == 0 ? height : height / 2;
        long end = offset + (long) stride * (rows - 1) + rowBytes;
        if (offset < 0 || stride < rowBytes || end > capacity) {
            throw new EncoderException("plane " + plane + " (offset " + offset + ", stride " + stride + ", "
                    + rows + " rows of " + rowBytes + " bytes) does not fit the " + capacity + "-byte frame buffer");
        }
    }
}
