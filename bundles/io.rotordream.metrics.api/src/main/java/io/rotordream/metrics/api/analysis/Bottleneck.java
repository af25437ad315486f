package io.rotordream.metrics.api.analysis;

import java.util.List;

/** One limiting stage. */
public final class Bottleneck {
    /** capture_bound, encode_cpu_bound, network_bound, storage_bound, memory_pressure, gc_pressure, cpu_contention. */
    public String stage;
    /** low, medium, high. */
    public String severity;
    /** 0..1: how strongly the evidence points at this stage; the list is sorted by it. */
    public double score;
    public String summary;
    public List<Evidence> evidence;
}
