package io.rotordream.tuner.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import io.rotordream.tuner.api.dto.ProfileDTO;
import io.rotordream.tuner.api.dto.TuningResultDTO;

/**
 * Performance profiles: factory configurations {@code rotordream.profile~NAME} with {@code include}
 * inheritance, applied across the tuner and the video, memory and streaming configurations as one
 * change.
 */
@ProviderType
public interface ProfileService {

    /** Factory PID of the profiles. */
    String FACTORY_PID = "rotordream.profile";

    /** The four profiles shipped with the firmware. */
    List<String> SHIPPED = List.of("balanced", "high_performance", "low_power", "low_latency");

    /** Component names {@link #apply} takes, each standing for the configurations it pushes. */
    List<String> COMPONENTS = List.of("cpu", "memory", "storage", "network", "video", "scheduler", "vm", "disk",
            "net", "qos", "encoder", "capture", "pipeline_threads", "memory_pools", "streaming");

    List<ProfileDTO> list();

    /** @return the profile with its own and its resolved settings, or {@code null} */
    ProfileDTO get(String name);

    /**
     * Creates or replaces a profile (validated, include resolved) through the configuration service.
     *
     * @throws TuningException INVALID naming the bad setting or include
     */
    ProfileDTO save(String name, String description, String include, Map<String, Object> settings, boolean dryRun);

    /**
     * @return whether it existed
     * @throws TuningException when the profile is shipped, active or included by another
     */
    boolean delete(String name, boolean dryRun);

    /**
     * Pushes the profile's settings for the named components (all when empty) as one tuning change.
     *
     * @param confirm knobs needing confirmation that the operator confirms
     */
    TuningResultDTO apply(String name, List<String> components, Set<String> confirm, boolean dryRun);

    /**
     * Applies profile settings directly, outside any profile (PUT /api/performance/storage/config
     * and the like): only the settings given change; the active profile records the change.
     *
     * @param settings profile setting names to values, validated as a profile's are
     * @param origin what asked, e.g. "PUT /api/performance/storage/config"
     */
    TuningResultDTO applySettings(Map<String, Object> settings, String origin, Set<String> confirm, boolean dryRun);
}
