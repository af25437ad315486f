package io.rotordream.video.api.camera;

import java.util.List;

import io.rotordream.memory.api.PoolStats;
import io.rotordream.video.api.SensorControls;
import io.rotordream.video.api.SourceStats;
import io.rotordream.video.api.stream.PipelineStats;

/** {@code GET /api/camera/status}. */
public final class CameraStatus {
    public String sensor;
    public String sensorDescription;
    public boolean capturing;
    /** e.g. "NV12 1280x720@30". */
    public String format;
    public double targetFps;
    public double actualFps;
    /** Whether the measured rate is within the configured tolerance of the target. */
    public boolean fpsWithinTolerance;
    public SensorControls controls;
    public SourceStats source;
    public String backend;
    public String codec;
    public int bitrateKbps;
    public double actualBitrateKbps;
    public List<PipelineStats> pipeline;
    public List<PoolStats> pools;
    /** Problems that keep the camera from streaming, e.g. "no encoder backend available for H265". */
    public List<String> problems;
}
