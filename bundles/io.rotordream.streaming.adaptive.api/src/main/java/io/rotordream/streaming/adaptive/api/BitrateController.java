package io.rotordream.streaming.adaptive.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Lowers and raises a stream's encoder bitrate from its receivers' feedback. One encoder feeds every
 * receiver of a mount, so the mount follows its most constrained receiver, never leaving the
 * configured range.
 */
@ProviderType
public interface BitrateController {

    /**
     * Opens the feedback channel of one receiver. Close it when the receiver leaves; a channel that
     * reports nothing for a while no longer counts.
     *
     * @param mount the stream the receiver watches, e.g. {@code main}
     * @param receiverId unique among the protocol's receivers, e.g. a session id
     * @param protocol {@code rtsp} or {@code webrtc}
     */
    ReceiverFeedback register(String mount, String receiverId, String protocol);

    /** The configuration and, per stream, the bitrate chosen and why. */
    AdaptiveStatus status();
}
