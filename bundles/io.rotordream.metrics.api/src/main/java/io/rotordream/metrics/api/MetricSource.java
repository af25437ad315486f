package io.rotordream.metrics.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Something that can be measured, registered as a service: the collector calls {@link #collect}
 * once per collection interval on its own thread. A source must answer quickly (read counters, do
 * not wait for I/O of the network), must not keep the sink, and reports what it cannot measure on
 * this machine through {@link MetricSink#absent} rather than with made-up values.
 */
@ConsumerType
public interface MetricSource {

    /** Service property: a short name of the source (system, jvm, video, ...), shown with its errors. */
    String NAME = "rotordream.metrics.source";

    void collect(MetricSink sink);
}
