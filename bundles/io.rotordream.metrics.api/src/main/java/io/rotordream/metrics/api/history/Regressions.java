package io.rotordream.metrics.api.history;

import java.time.Duration;
import java.util.Collection;

import org.osgi.annotation.versioning.ProviderType;

/** Compares a recent window of the history with a baseline window, per series. */
@ProviderType
public interface Regressions {

    /**
     * @param recent the recent window, ending now
     * @param baseline the baseline window, ending where the recent one starts
     * @param names series to test; empty for every series with a known direction
     * @throws IllegalArgumentException naming {@code recent}, {@code baseline} or {@code metrics}
     */
    RegressionReport detect(Duration recent, Duration baseline, Collection<String> names);
}
