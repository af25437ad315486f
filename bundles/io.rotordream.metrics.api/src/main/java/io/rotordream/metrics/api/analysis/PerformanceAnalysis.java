package io.rotordream.metrics.api.analysis;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Bottlenecks, recommendations and troubleshooting from the current measurements. */
@ProviderType
public interface PerformanceAnalysis {

    /** Areas of {@link #troubleshoot}. */
    List<String> AREAS = List.of("cpu", "memory", "storage", "network");

    BottleneckReport bottlenecks();

    List<Recommendation> recommendations();

    /**
     * @param area one of {@link #AREAS}
     * @throws IllegalArgumentException for another area
     */
    TroubleshootReport troubleshoot(String area);
}
