package io.rotordream.video.api.stream;

import java.util.concurrent.TimeUnit;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A consumer's bounded queue of access units. It starts at a keyframe. When the consumer falls
 * behind and the queue is full, the pipeline drops for this consumer only (counted) and resumes
 * it at the next keyframe; capture and the other consumers never wait.
 */
@ProviderType
public interface StreamSubscription extends AutoCloseable {

    /**
     * @return the next access unit with one reference for the caller, or {@code null} on timeout
     *     or once closed
     */
    AccessUnit poll(long timeout, TimeUnit unit) throws InterruptedException;

    /** Asks the encoder for a keyframe on behalf of this consumer (rate limited by the pipeline). */
    void requestKeyframe(String reason);

    long delivered();

    /** Access units dropped for this consumer because its queue was full. */
    long dropped();

    /** Times this consumer was resumed at a keyframe after dropping. */
    long resyncs();

    int queued();

    boolean closed();

    /** Releases what is queued and stops delivery. Idempotent. */
    @Override
    void close();
}
