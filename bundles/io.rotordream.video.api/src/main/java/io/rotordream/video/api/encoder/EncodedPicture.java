package io.rotordream.video.api.encoder;

import java.nio.ByteBuffer;

/**
 * One encoded picture: the caller supplies the output buffer, the encoder writes Annex B bytes
 * (start code + NAL units) into it and fills the fields. The caller reuses one object, so nothing
 * is allocated per frame.
 */
public final class EncodedPicture {
    /** Direct output buffer; after encoding, position 0 and limit after the last byte. */
    public ByteBuffer annexB;
    public boolean keyframe;
    /** Presentation and decoding time in the encoder's time base (nanoseconds of capture time). */
    public long ptsNanos;
    public long dtsNanos;
    /** Sequence number of the captured frame this picture shows. */
    public long frameSequence;
    /** Wall-clock capture time of that frame. */
    public long captureEpochMicros;
}
