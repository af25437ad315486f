package io.rotordream.os.api;

import java.util.ArrayList;
import java.util.List;

/** What one apply did: each knob applied or refused with the kernel's reason (errno). */
public final class SchedulingResult {
    public int tid;
    public List<String> applied = new ArrayList<>();
    /** e.g. "nice -10: EACCES (permission denied)". */
    public List<String> refused = new ArrayList<>();

    public boolean ok() {
        return refused.isEmpty();
    }

    @Override
    public String toString() {
        return "tid " + tid + " applied " + applied + (refused.isEmpty() ? "" : " refused " + refused);
    }
}
