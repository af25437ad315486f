package io.rotordream.encoder.x264.internal;

import static io.rotordream.encoder.x264.internal.X264Layout.*;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import io.rotordream.encoder.support.DirectAddresses;
import io.rotordream.encoder.support.FramePlanes;
import io.rotordream.video.api.Frame;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.EncoderException;

/**
 * The x264_picture_t passed in: its planes point into the Frame's own direct buffer (x264 reads
 * them during x264_encoder_encode and keeps no pointer afterwards, and takes NV12 as it is), so
 * the frame is never copied on our side. {@link FramePlanes} bounds-checks each frame's planes
 * first, since x264 would read past a short buffer without noticing.
 */
final class InputPicture implements AutoCloseable {

    /** Frame pools and V4L2 queues lend a few dozen buffers at most. */
    private static final int CACHED_BUFFERS = 32;

    private final Memory memory;
    final long address;
    private final FramePlanes planes;

    InputPicture(PixelFormat pixelFormat, int width, int height) {
        this.planes = new FramePlanes(pixelFormat, width, height, new DirectAddresses(CACHED_BUFFERS));
        memory = new Memory(PICTURE_SIZE);
        memory.clear();
        address = Pointer.nativeValue(memory);
        X264Native.x264_picture_init(address);
        memory.setInt(PIC_IMG_I_CSP, pixelFormat == PixelFormat.NV12 ? CSP_NV12 : CSP_I420);
        memory.setInt(PIC_IMG_I_PLANE, planes.count());
    }

    /**
     * Points the picture at the frame's planes, picture type left to x264.
     *
     * @param pts the frame counter x264 hands back with the encoded picture
     */
    void set(Frame frame, long pts) throws EncoderException {
        planes.set(frame);
        for (int plane = 0; plane < planes.count(); plane++) {
            memory.setInt(PIC_IMG_I_STRIDE + 4L * plane, planes.stride(plane));
            memory.setLong(PIC_IMG_PLANE + 8L * plane, planes.address(plane));
        }
        memory.setInt(PIC_I_TYPE, TYPE_AUTO);
        memory.setLong(PIC_I_PTS, pts);
    }

    /** The picture set last becomes an IDR (x264.h: i_type is an input, honoured unless invalid). */
    void forceIdr() {
        memory.setInt(PIC_I_TYPE, TYPE_IDR);
    }

    @Override
    public void close() {
        memory.close();
    }
}
