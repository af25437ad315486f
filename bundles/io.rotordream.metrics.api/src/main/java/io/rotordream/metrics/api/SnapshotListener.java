package io.rotordream.metrics.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of every snapshot right after it is collected, on the collector's thread: hand slow work
 * (network, disk beyond a small write) to a thread of your own.
 */
@ConsumerType
public interface SnapshotListener {

    void collected(MetricsSnapshot snapshot);
}
