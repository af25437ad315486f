package io.rotordream.tuner.api.dto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A performance profile: its own settings, what it includes, and the settings after inheritance. */
public final class ProfileDTO {
    public String name;
    public String description;
    /** The profile it inherits from, or {@code null}. */
    public String include;
    /** One of the four shipped with the firmware. */
    public boolean shipped;
    public boolean active;
    /** The settings this profile sets itself. */
    public Map<String, Object> settings = new LinkedHashMap<>();
    /** The include chain, this profile first. */
    public List<String> chain = new ArrayList<>();
    /** Settings after inheritance: the includes' overridden by this profile's. */
    public Map<String, Object> resolved = new LinkedHashMap<>();
}
