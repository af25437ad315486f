package io.rotordream.tuner.api.dto;

import java.util.ArrayList;
import java.util.List;

/** The profile applied last; survives restarts. */
public final class ActiveProfileDTO {
    /** {@code null} when no profile is applied (never, or after a revert). */
    public String profile;
    public List<String> components = new ArrayList<>();
    /** ISO-8601 time of the apply. */
    public String appliedAt;
    /** Direct tuning changes made since the profile was applied, e.g. "PUT /api/performance/storage/config". */
    public List<String> changedSince = new ArrayList<>();
}
