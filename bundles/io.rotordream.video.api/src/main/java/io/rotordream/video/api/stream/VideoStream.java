package io.rotordream.video.api.stream;

import org.osgi.annotation.versioning.ProviderType;

import io.rotordream.video.api.encoder.ParameterSets;

/** An encoded stream (the main stream, a sub-stream), a service with the {@link #MOUNT} property. */
@ProviderType
public interface VideoStream {

    /** Service property: the mount name, e.g. {@code main} or {@code sub}. */
    String MOUNT = "rotordream.stream.mount";

    String mount();

    StreamInfo info();

    /** The current parameter sets, or {@code null} before the first encoder opened. */
    ParameterSets parameterSets();

    /**
     * @param consumer a name for counters and logs, e.g. "rtsp 10.0.0.5:51234"
     * @param queueCapacity access units the consumer may fall behind by before it drops
     */
    StreamSubscription subscribe(String consumer, int queueCapacity);

    /** Next picture is a keyframe (rate limited: many requests within a frame make one). */
    void requestKeyframe(String reason);

    /** Changes the target bitrate live (adaptive bitrate), within the configured bounds. */
    void setBitrate(int kbps);
}
