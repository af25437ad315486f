package io.rotordream.encoder.support;

import io.rotordream.video.api.Frame;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.EncoderException;

/**
 * A frame's planes as planar I420 (Y, U, V), for libraries that take no other 4:2:0 layout: I420
 * frames are passed in place; NV12 luma in place and its chroma split into planes of the
 * encoder's own, allocated once here. The library must be done reading the planes before the
 * next {@link #set}, which all libraries that copy the picture inside their encode call are.
 */
public final class I420Planes implements AutoCloseable {

    private final FramePlanes frame;
    /** {@code null} for I420 input. */
    private final I420Chroma chroma;

    /** @throws IllegalArgumentException for a format that is not I420 or NV12 */
    public I420Planes(PixelFormat format, int width, int height, DirectAddresses addresses) {
        this.frame = new FramePlanes(format, width, height, addresses);
        this.chroma = format == PixelFormat.NV12 ? new I420Chroma(width, height) : null;
    }

    /**
     * Checks and resolves {@code frame}'s planes (see {@link FramePlanes#set}); for NV12, splits
     * its chroma.
     */
    public void set(Frame f) throws EncoderException {
        frame.set(f);
        if (chroma != null) {
            chroma.deinterleave(f.buffer(), frame.offset(1), frame.stride(1));
        }
    }

    /** Native address of plane 0 (Y), 1 (U) or 2 (V) of the frame set last. */
    public long address(int plane) {
        if (chroma == null || plane == 0) {
            return frame.address(plane);
        }
        return plane == 1 ? chroma.uAddress() : chroma.vAddress();
    }

    /** Bytes per row of plane 0 (Y), 1 (U) or 2 (V) of the frame set last. */
    public int stride(int plane) {
        return chroma == null || plane == 0 ? frame.stride(plane) : chroma.stride();
    }

    @Override
    public void close() {
        if (chroma != null) {
            chroma.close();
        }
    }
}
