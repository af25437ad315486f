package io.rotordream.metrics.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The running collector. */
@ProviderType
public interface MetricsCollector {

    /** The newest snapshot, or {@code null} before the first collection. */
    MetricsSnapshot latest();

    /**
     * The key figures of the most recent snapshots, oldest first, at most {@code count} (the
     * collector keeps a bounded number in memory).
     */
    List<FigureSet> recent(int count);

    /** Seconds between collections. */
    double intervalSeconds();
}
