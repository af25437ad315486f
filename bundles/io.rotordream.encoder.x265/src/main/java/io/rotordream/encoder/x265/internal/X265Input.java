package io.rotordream.encoder.x265.internal;

import java.nio.ByteBuffer;

import com.sun.jna.Pointer;

import io.rotordream.video.api.Frame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.EncoderException;

/**
 * Points an x265_picture at a frame's planes. I420 planes are passed in place; NV12 luma in
 * place and chroma split into the encoder's own planar buffer. x265 copies the picture inside
 * x265_encoder_encode, so the frame may be released when the call returns.
 */
final class X265Input implements AutoCloseable {

    private final int width;
    private final int height;
    private final PixelFormat format;
    private final I420Chroma chroma;
    private final DirectAddresses addresses;

    X265Input(int width, int height, PixelFormat format, DirectAddresses addresses) {
        this.width = width;
        this.height = height;
        this.format = format;
        this.addresses = addresses;
        this.chroma = format == PixelFormat.NV12 ? new I420Chroma(width, height) : null;
    }

    void set(Frame frame, Pointer picture) throws EncoderException {
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
        setPlane(picture, 0, base + lumaOffset, lumaStride);
        if (chroma == null) {
            for (int plane = 1; plane <= 2; plane++) {
                int offset = frame.planeOffset(plane);
                int stride = frame.stride(plane);
                check(buffer, offset, stride, width / 2, height / 2);
                setPlane(picture, plane, base + offset, stride);
            }
        } else {
            int offset = frame.planeOffset(1);
            int stride = frame.stride(1);
            check(buffer, offset, stride, width, height / 2);
            chroma.deinterleave(buffer, offset, stride);
            setPlane(picture, 1, chroma.uAddress(), chroma.stride());
            setPlane(picture, 2, chroma.vAddress(), chroma.stride());
        }
    }

    private static void setPlane(Pointer picture, int plane, long address, int stride) {
        picture.setLong(X265Layout.PICTURE_PLANES + 8L * plane, address);
        picture.setInt(X265Layout.PICTURE_STRIDE + 4L * plane, stride);
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
        if (chroma != null) {
            chroma.close();
        }
    }
}
