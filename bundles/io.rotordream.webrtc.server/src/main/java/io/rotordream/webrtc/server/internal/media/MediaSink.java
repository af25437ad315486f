package io.rotordream.webrtc.server.internal.media;

import io.rotordream.video.api.encoder.Codec;

/** A viewer the mount's sender hands packetized access units to. */
public interface MediaSink {

    /** The codec negotiated with this viewer; access units of another codec are not sent. */
    Codec codec();

    /** Whether this viewer is waiting for a keyframe before it can decode (joining, or resynchronising). */
    boolean awaitingKeyframe();

    /** The RTP sender of this viewer. */
    RtpOut out();

    /**
     * The stream no longer carries the negotiated codec (the encoding changed): the viewer must
     * renegotiate. Called on the sender thread; the sink ends itself elsewhere.
     */
    void incompatible(String reason);

    /** Called once the first keyframe went out. */
    void started(long monotonicNanos);
}
