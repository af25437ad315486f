package io.rotordream.encoder.support;

import java.nio.ByteBuffer;

import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.encoder.EncoderException;

/**
 * Gathers the NAL units a library left in its own memory into the caller's
 * {@link EncodedPicture#annexB}, one memcpy each, for libraries whose units of one picture are
 * not known to be contiguous. The units must already carry their start codes. Allocates nothing.
 *
 * <pre>
 * writer.begin(out, total);            // checks the buffer first
 * writer.append(payload, size) ...     // in stream order
 * writer.finish();                     // position 0, limit after the last byte
 * </pre>
 */
public final class AnnexBWriter {

    private final DirectAddresses addresses;
    private ByteBuffer buffer;
    private long destination;
    private long written;

    /** @param addresses the encoder's cache of buffer addresses */
    public AnnexBWriter(DirectAddresses addresses) {
        this.addresses = addresses;
    }

    /**
     * Starts a picture of {@code bytes} bytes in {@code out.annexB}.
     *
     * @throws EncoderException when the buffer is missing, not direct, or too small
     */
    public void begin(EncodedPicture out, long bytes) throws EncoderException {
        ByteBuffer target = out.annexB;
        if (target == null || !target.isDirect()) {
            throw new EncoderException("EncodedPicture.annexB must be a direct buffer");
        }
        if (bytes > target.capacity()) {
            throw new EncoderException("encoded picture needs " + bytes + " bytes, annexB holds " + target.capacity());
        }
        buffer = target;
        destination = addresses.addressOf(target);
        written = 0;
    }

    /**
     * Copies {@code bytes} bytes at native address {@code source} after what was appended so far;
     * no more in all than {@link #begin} was told.
     */
    public void append(long source, long bytes) {
        NativeCopy.memcpy(destination + written, source, bytes);
        written += bytes;
    }

    /** Ends the picture: position 0, limit after the last byte appended. */
    public void finish() {
        buffer.position(0);
        buffer.limit((int) written);
        buffer = null;
    }
}
