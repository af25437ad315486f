package io.rotordream.video.api.stream;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Read-only view of the video pipeline's counters. */
@ProviderType
public interface PipelineMonitor {

    List<PipelineStats> stats();
}
