/**
 * Observability: a bundle adds metrics by registering a {@link io.rotordream.metrics.api.MetricSource};
 * the collector samples every source once per interval into a {@link io.rotordream.metrics.api.MetricsSnapshot}
 * (Prometheus-style families, the realtime key figures, JSON-only details, and the sources this
 * machine lacks) and hands it to every {@link io.rotordream.metrics.api.SnapshotListener}. History,
 * regression detection and analysis are offered as services of their own.
 */
@Export
@Version("1.0.0")
package io.rotordream.metrics.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
