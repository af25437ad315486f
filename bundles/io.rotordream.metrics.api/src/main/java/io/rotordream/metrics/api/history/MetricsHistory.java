package io.rotordream.metrics.api.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The recorded history of key figures. */
@ProviderType
public interface MetricsHistory {

    /** Names of the recorded series. */
    List<String> series();

    /** Archive steps kept, finest first (e.g. 1 s, 1 min, 1 h), each with how far back it reaches. */
    List<ArchiveInfo> archives();

    /**
     * Min/avg/max per step over the last {@code period}.
     *
     * @param step the archive step to read, or {@code null} for the finest archive that covers the
     *     whole period with a bounded number of points
     * @param names series to return; empty for all
     * @throws IllegalArgumentException naming {@code period}, {@code step} or {@code metrics} when
     *     the request cannot be served
     */
    TrendResult trends(Duration period, Duration step, Collection<String> names);

    /** Average values of one series between two instants at one archive step; NaN where unknown. */
    double[] averages(String name, Instant from, Instant to, Duration step);
}
