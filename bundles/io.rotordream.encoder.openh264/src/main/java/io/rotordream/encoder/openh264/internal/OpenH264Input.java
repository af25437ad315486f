package io.rotordream.encoder.openh264.internal;

import com.sun.jna.Memory;

import io.rotordream.encoder.support.DirectAddresses;
import io.rotordream.encoder.support.I420Planes;
import io.rotordream.video.api.Frame;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.EncoderException;

/**
 * The encoder's SSourcePicture (videoFormatI420), pointed at a frame's planes: I420 in place; NV12
 * luma in place and chroma split into the encoder's own planar buffer. EncodeFrame reads the
 * picture before it returns, so the frame may be released then.
 */
final class OpenH264Input implements AutoCloseable {

    final Memory source = new Memory(OpenH264Layout.SOURCE_SIZE);
    private final I420Planes planes;
    private long firstNanos = Long.MIN_VALUE;

    OpenH264Input(int width, int height, PixelFormat format, DirectAddresses addresses) {
        this.planes = new I420Planes(format, width, height, addresses);
        source.clear();
        source.setInt(OpenH264Layout.SOURCE_COLOR_FORMAT, OpenH264Layout.COLOR_I420);
        source.setInt(OpenH264Layout.SOURCE_WIDTH, width);
        source.setInt(OpenH264Layout.SOURCE_HEIGHT, height);
    }

    void set(Frame frame) throws EncoderException {
        planes.set(frame);
        for (int plane = 0; plane < 3; plane++) {
            source.setLong(OpenH264Layout.SOURCE_DATA + 8L * plane, planes.address(plane));
            source.setInt(OpenH264Layout.SOURCE_STRIDE + 4L * plane, planes.stride(plane));
        }
        // SSourcePicture.uiTimeStamp is in milliseconds, and counted from the first frame: the rate
        // control and statistics measure intervals from 0, so a monotonic clock's large values would
        // look like a multi-second gap before the first frame.
        if (firstNanos == Long.MIN_VALUE) {
            firstNanos = frame.captureNanos();
        }
        source.setLong(OpenH264Layout.SOURCE_TIMESTAMP, (frame.captureNanos() - firstNanos) / 1_000_000);
    }

    @Override
    public void close() {
        source.close();
        planes.close();
    }
}
