package io.rotordream.video.api;

/** Counters of a frame source since it started. */
public final class SourceStats {
    public long delivered;
    /** Frames the sensor or driver lost before delivery (sequence gaps, buffer overruns). */
    public long dropped;
    /** No free buffer to capture into. */
    public long noBuffer;
    public double measuredFps;
    public long restarts;
}
