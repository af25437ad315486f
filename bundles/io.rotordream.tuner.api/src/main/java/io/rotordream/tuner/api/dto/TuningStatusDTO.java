package io.rotordream.tuner.api.dto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GET /api/performance/tuning. */
public final class TuningStatusDTO {
    public String root;
    public ActiveProfileDTO active;
    /** Tuner plugins running now. */
    public List<String> tuners = new ArrayList<>();
    /** Knobs with saved originals whose plugin is not running: kept until it returns. */
    public List<String> orphaned = new ArrayList<>();
    public List<KnobStatusDTO> knobs = new ArrayList<>();
    /** Configuration values saved before the first profile or tuning change, PID to key to value. */
    public Map<String, Map<String, Object>> savedConfiguration = new LinkedHashMap<>();
    public List<String> notes = new ArrayList<>();
}
