package io.rotordream.encoder.openh264.internal;

import java.nio.ByteBuffer;

import com.sun.jna.Memory;

import io.rotordream.video.api.Frame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.EncoderException;

/**
 * The encoder's SSourcePicture, pointed at a frame's planes: I420 in place; NV12 luma in place
 * and chroma split into the encoder's own planar buffer. EncodeFrame reads the picture before it
 * returns, so the frame may be released then.
 */
final class OpenH264Input implements AutoCloseable {

    final Memory source = new Memory(OpenH264Layout.SOURCE_SIZE);
    private final int width;
    private final int height;
    private final PixelFormat format;
    private final I420Chroma chroma;
    private final DirectAddresses addresses;
    private long firstNanos = Long.MIN_VALUE;

    OpenH264Input(int width, int height, PixelFormat format, DirectAddresses addresses) {
        this.width = width;
        this.height = height;
        this.format = format;
        this.addresses = addresses;
        this.chroma = format == PixelFormat.NV12 ? new I420Chroma(width, height) : null;
        source.clear();
        source.setInt(OpenH264Layout.SOURCE_COLOR_FORMAT, OpenH264Layout.COLOR_I420);
        source.setInt(OpenH264Layout.SOURCE_WIDTH, width);
        source.setInt(OpenH264Layout.SOURCE_HEIGHT, height);
    }

    void set(Frame frame) throws EncoderException {
        FrameFormat f = frame.format();
        if (f.pixelFormat != format || f.width != width || f.height != height) {
            throw new EncoderException("encoder opened for " + format + " " + width + "x" + height + ", got " + f);
        }
        ByteBuffer buffer = frame.buffer();
        long base;
        try {
            base = addresses.addressOf(buffer);
        } catch (IllegalArgumentException e) {
            throw new EncoderException("frame buffer is not direct memory");
        }
        int lumaOffset = frame.planeOffset(0);
        int lumaStride = frame.stride(0);
        check(buffer, lumaOffset, lumaStride, width, height);
        setPlane(0, base + lumaOffset, lumaStride);
        if (chroma == null) {
            for (int plane = 1; plane <= 2; plane++) {
                int offset = frame.planeOffset(plane);
                int stride = frame.stride(plane);
                check(buffer, offset, stride, width / 2, height / 2);
                setPlane(plane, base + offset, stride);
            }
        } else {
            int offset = frame.planeOffset(1);
            int stride = frame.stride(1);
            check(buffer, offset, stride, width, height / 2);
            chroma.deinterleave(buffer, offset, stride);
            setPlane(1, chroma.uAddress(), chroma.stride());
            setPlane(2, chroma.vAddress(), chroma.stride());
        }
        // SSourcePicture.uiTimeStamp is in milliseconds, and counted from the first frame: the rate
        // control and statistics measure intervals from 0, so a monotonic clock's large values would
        // look like a multi-second gap before the first frame.
        if (firstNanos == Long.MIN_VALUE) {
            firstNanos = frame.captureNanos();
        }
        source.setLong(OpenH264Layout.SOURCE_TIMESTAMP, (frame.captureNanos() - firstNanos) / 1_000_000);
    }

    private void setPlane(int plane, long address, int stride) {
        source.setLong(OpenH264Layout.SOURCE_DATA + 8L * plane, address);
        source.setInt(OpenH264Layout.SOURCE_STRIDE + 4L * plane, stride);
    }

    // The library reads these bytes natively: a short buffer would be a crash, not an exception.
    private static void check(ByteBuffer buffer, int offset, int stride, int rowBytes, int rows)
            throws EncoderException {
        long end = offset + (long) stride * (rows - 1) + rowBytes;
        if (offset < 0 || stride < rowBytes || end > buffer.capacity()) {
            throw new EncoderException("plane at " + offset + " stride " + stride + " needs " + end
                    + " bytes, frame buffer has " + buffer.capacity());
        }
    }

    @Override
    public void close() {
        source.close();
        if (chroma != null) {
            chroma.close();
        }
    }
}
