package io.rotordream.encoder.x264.internal;

import static io.rotordream.encoder.x264.internal.X264Layout.*;

import java.nio.ByteBuffer;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import io.rotordream.video.api.Frame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.EncoderException;

/**
 * The x264_picture_t passed in: its planes point into the Frame's own direct buffer (x264 reads
 * them during x264_encoder_encode and keeps no pointer afterwards), so the frame is never copied
 * on our side. Each frame's planes are bounds-checked first, since x264 would read past a short
 * buffer without noticing.
 */
final class InputPicture implements AutoCloseable {

    /** Frame pools and V4L2 queues lend a few dozen buffers at most. */
    private static final int CACHED_BUFFERS = 32;

    private final Memory memory;
    final long address;
    private final PixelFormat pixelFormat;
    private final int width;
    private final int height;
    private final int planes;
    private final DirectAddresses addresses = new DirectAddresses(CACHED_BUFFERS);

    InputPicture(PixelFormat pixelFormat, int width, int height) {
        this.pixelFormat = pixelFormat;
        this.width = width;
        this.height = height;
        this.planes = pixelFormat.planes();
        memory = new Memory(PICTURE_SIZE);
        memory.clear();
        address = Pointer.nativeValue(memory);
        X264Native.x264_picture_init(address);
        memory.setInt(PIC_IMG_I_CSP, pixelFormat == PixelFormat.NV12 ? CSP_NV12 : CSP_I420);
        memory.setInt(PIC_IMG_I_PLANE, planes);
    }

    /**
     * Points the picture at the frame's planes, picture type left to x264.
     *
     * @param pts the frame counter x264 hands back with the encoded picture
     */
    void set(Frame frame, long pts) throws EncoderException {
        FrameFormat f = frame.format();
        if (f.pixelFormat != pixelFormat || f.width != width || f.height != height) {
            throw new EncoderException("frame is " + f.pixelFormat + " " + f.width + "x" + f.height
                    + ", this encoder takes " + pixelFormat + " " + width + "x" + height);
        }
        ByteBuffer buffer = frame.buffer();
        if (buffer == null || !buffer.isDirect()) {
            throw new EncoderException("frame buffer is not direct memory; x264 reads frames in place");
        }
        long base = addresses.of(buffer);
        for (int plane = 0; plane < planes; plane++) {
            int offset = frame.planeOffset(plane);
            int stride = frame.stride(plane);
            checkPlane(plane, offset, stride, buffer.capacity());
            memory.setInt(PIC_IMG_I_STRIDE + 4L * plane, stride);
            memory.setLong(PIC_IMG_PLANE + 8L * plane, base + offset);
        }
        memory.setInt(PIC_I_TYPE, TYPE_AUTO);
        memory.setLong(PIC_I_PTS, pts);
    }

    /** The picture set last becomes an IDR (x264.h: i_type is an input, honoured unless invalid). */
    void forceIdr() {
        memory.setInt(PIC_I_TYPE, TYPE_IDR);
    }

    /** 4:2:0: chroma planes have half the rows; NV12's interleaved UV row is as wide as luma. */
    private void checkPlane(int plane, int offset, int stride, int capacity) throws EncoderException {
        int rowBytes = plane == 0 || pixelFormat == PixelFormat.NV12 ? width : width / 2;
        int rows = plane == 0 ? height : height / 2;
        long end = offset + (long) stride * (rows - 1) + rowBytes;
        if (offset < 0 || stride < rowBytes || end > capacity) {
            throw new EncoderException("plane " + plane + " (offset " + offset + ", stride " + stride + ", "
                    + rows + " rows of " + rowBytes + " bytes) does not fit the " + capacity + "-byte frame buffer");
        }
    }

    @Override
    public void close() {
        addresses.clear();
        memory.close();
    }
}
