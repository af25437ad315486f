package io.rotordream.tuner.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One change across configurations: PID to changed keys (a {@code null} value puts the key back to
 * its default). Tuner PIDs among them are planned and applied to the machine; every PID is written
 * with {@code ConfigService.updateAll}. All of it happens, or none of it.
 */
public final class TuningRequest {

    /** PID to key to value; applied in this order. */
    public final Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
    /** Knobs whose change needs confirmation (mount options) that the operator confirms; "*" for all. */
    public final Set<String> confirm = new LinkedHashSet<>();
    public boolean dryRun;
    /** The profile this change applies, or {@code null} for a direct change. */
    public String profile;
    /** The profile's components, for the record of the active profile. */
    public final List<String> components = new ArrayList<>();
    /** What asked for the change, e.g. "PUT /api/performance/storage/config", for the active profile's record. */
    public String origin;

    /** Adds (or merges) changes of one PID. */
    public TuningRequest change(String pid, Map<String, Object> keys) {
        changes.computeIfAbsent(pid, p -> new LinkedHashMap<>()).putAll(keys);
        return this;
    }
}
