package io.rotordream.video.api.encoder;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import io.rotordream.video.api.Frame;

/**
 * An open encoder. Used by one thread at a time (the pipeline's encode thread); {@link #setBitrate}
 * and {@link #requestKeyframe} may be called from other threads and take effect at the next frame.
 */
@ConsumerType
public interface Encoder extends AutoCloseable {

    /** The settings it was opened with, as applied (after the library's own adjustments). */
    EncoderSettings settings();

    /** Settings the backend cannot honour, e.g. "b_frames (openh264 has none)". */
    List<String> ignoredSettings();

    ParameterSets parameterSets();

    /**
     * Encodes one frame into {@code out}. The caller keeps its reference to {@code frame} and
     * releases it after the call returns; the encoder reads the planes in place (no copy) where
     * the library allows.
     *
     * @param out its {@code annexB} buffer (direct, from the encoding pool) receives the Annex B
     *     bytes from index 0; the encoder sets position 0 and the limit after the last byte, and
     *     fills the other fields
     * @return {@code true} when a picture was written, {@code false} when the encoder holds the
     *     frame back (lookahead, B-frames) and has nothing to emit yet
     * @throws EncoderException when the library fails, or when {@code out.annexB} is too small
     *     (the message gives the size needed)
     */
    boolean encode(Frame frame, EncodedPicture out) throws EncoderException;

    /** Writes one delayed picture into {@code out}; {@code false} when none remain. */
    boolean flush(EncodedPicture out) throws EncoderException;

    /** The next picture is an IDR with parameter sets in-band. */
    void requestKeyframe();

    /** Changes the target bitrate without a new keyframe (x264_encoder_reconfig and the like). */
    void setBitrate(int kbps) throws EncoderException;

    void setFrameRate(int num, int den) throws EncoderException;

    /** Frees the library's resources. Idempotent. */
    @Override
    void close();
}
