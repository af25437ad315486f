package io.rotordream.video.api.stream;

import java.nio.ByteBuffer;

import org.osgi.annotation.versioning.ProviderType;

import io.rotordream.video.api.encoder.Codec;

/**
 * One encoded picture, shared by every subscriber without copying. Reference counted like a
 * pooled buffer: a subscriber gets it with one reference and must {@link #release()} it.
 */
@ProviderType
public interface AccessUnit {

    Codec codec();

    /**
     * Annex B bytes from index 0 to {@link #size()}. Shared: read with absolute gets or through a
     * duplicate made once per consumer, never move its position.
     */
    ByteBuffer data();

    int size();

    /** NAL units in this access unit (parameter sets included before keyframes). */
    int nalCount();

    /** Offset of NAL unit {@code i}'s header byte (after its start code). */
    int nalOffset(int i);

    int nalLength(int i);

    /** H.264: nal_unit_type (5 bits); H.265: nal_unit_type (6 bits). */
    int nalType(int i);

    boolean keyframe();

    /** Capture time on the monotonic clock: the RTP timestamp source (90 kHz). */
    long ptsNanos();

    long dtsNanos();

    long captureEpochMicros();

    /** Sensor sequence number of the captured frame. */
    long frameSequence();

    /**
     * Changes whenever the parameter sets change (a new encoder, a new size): a consumer that sees
     * a new generation re-reads {@link VideoStream#parameterSets()}.
     */
    int generation();

    AccessUnit retain();

    void release();
}
