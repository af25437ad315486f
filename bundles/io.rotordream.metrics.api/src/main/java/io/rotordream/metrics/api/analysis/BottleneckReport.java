package io.rotordream.metrics.api.analysis;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/performance/analysis/bottlenecks}. */
public final class BottleneckReport {
    public Instant timestamp;
    /** Seconds of measurements the verdict rests on. */
    public double windowSeconds;
    /** The stage that limits the device most, or "none". */
    public String primary;
    public List<Bottleneck> bottlenecks;
    /** Stages that could not be judged here and why (no video pipeline, no streaming clients, ...). */
    public List<String> notJudged;
}
