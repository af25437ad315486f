package io.rotordream.tuner.api.dto;

import java.util.ArrayList;
import java.util.List;

/** POST /api/performance/tuning/verify: every wanted knob read back. */
public final class VerifyDTO {
    public boolean ok;
    public int checked;
    /** Knobs whose value differs from what the configuration wants. */
    public List<KnobStatusDTO> drifted = new ArrayList<>();
    /** Knobs that could not be read. */
    public List<KnobStatusDTO> unreadable = new ArrayList<>();
}
