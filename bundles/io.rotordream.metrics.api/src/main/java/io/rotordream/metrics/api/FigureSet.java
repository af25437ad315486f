package io.rotordream.metrics.api;

import java.time.Instant;
import java.util.Map;

/** The key figures of one collection. */
public final class FigureSet {
    public final Instant timestamp;
    public final Map<String, Double> figures;

    public FigureSet(Instant timestamp, Map<String, Double> figures) {
        this.timestamp = timestamp;
        this.figures = Map.copyOf(figures);
    }
}
