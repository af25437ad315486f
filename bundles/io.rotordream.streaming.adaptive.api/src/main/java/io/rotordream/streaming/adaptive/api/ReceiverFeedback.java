package io.rotordream.streaming.adaptive.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One receiver's reports. Thread-safe; each call is cheap (it records, the controller decides on
 * its own interval), so a stream server may call it from its RTCP path.
 */
@ProviderType
public interface ReceiverFeedback extends AutoCloseable {

    /**
     * A reception report (RTCP RR, RFC 3550 §6.4.2, or loss counted from transport-wide feedback).
     *
     * @param lossFraction lost in the last interval, 0..1
     * @param jitterMs interarrival jitter, negative when unknown
     * @param rttMs round-trip time, negative when unknown
     */
    void reportReception(double lossFraction, double jitterMs, double rttMs);

    /**
     * What the receiver or a send-side estimator says the path carries: REMB
     * (draft-alvestrand-rmcat-remb) or an estimate from transport-wide feedback.
     */
    void reportEstimate(long bitsPerSecond);

    /**
     * The one-way delay trend (ms of queueing delay gained per second, from transport-wide
     * feedback): clearly positive means a queue is building on the path.
     */
    void reportDelayTrend(double msPerSecond);

    /** Stops counting this receiver. Idempotent. */
    @Override
    void close();
}
