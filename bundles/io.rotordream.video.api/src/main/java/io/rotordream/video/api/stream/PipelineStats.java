package io.rotordream.video.api.stream;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counters per stage of one stream's pipeline, for the camera status and the metrics collector. */
public final class PipelineStats {
    public String mount;
    public String source;
    public String backend;
    public double captureFps;
    public double encodeFps;
    public double outputFps;
    /** Dropped frames by reason: encoder_busy, no_buffer, sensor, encoder_error, ... */
    public Map<String, Long> drops = new LinkedHashMap<>();
    public double encodeMsP50;
    public double encodeMsP95;
    public double encodeMsMax;
    public int encodeQueueDepth;
    public int encodeQueueCapacity;
    public double actualBitrateKbps;
    public long framesCaptured;
    public long framesEncoded;
    public long keyframes;
    public long backendSwitches;
    /**
     * Heap bytes allocated so far by the capture and encode threads (JVM per-thread counters):
     * their growth per frame shows whether the hot path allocates.
     */
    public long captureThreadAllocatedBytes = -1;
    public long encodeThreadAllocatedBytes = -1;
    /** Thread scheduling as applied, with what the OS refused. */
    public Map<String, String> threads = new LinkedHashMap<>();
}
