package io.rotordream.encoder.x265.internal;

import com.sun.jna.Pointer;

import io.rotordream.encoder.support.DirectAddresses;
import io.rotordream.encoder.support.I420Planes;
import io.rotordream.video.api.Frame;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.EncoderException;

/**
 * Points an x265_picture at a frame's planes. x265 is opened with input-csp i420: I420 planes are
 * passed in place; NV12 luma in place and chroma split into the encoder's own planar buffer. x265
 * copies the picture inside x265_encoder_encode, so the frame may be released when the call returns.
 */
final class X265Input implements AutoCloseable {

    private final I420Planes planes;

    X265Input(int width, int height, PixelFormat format, DirectAddresses addresses) {
        this.planes = new I420Planes(format, width, height, addresses);
    }

    void set(Frame frame, Pointer picture) throws EncoderException {
        planes.set(frame);
        for (int plane = 0; plane < 3; plane++) {
            picture.setLong(X265Layout.PICTURE_PLANES + 8L * plane, planes.address(plane));
            picture.setInt(X265Layout.PICTURE_STRIDE + 4L * plane, planes.stride(plane));
        }
    }

    @Override
    public void close() {
        planes.close();
    }
}
