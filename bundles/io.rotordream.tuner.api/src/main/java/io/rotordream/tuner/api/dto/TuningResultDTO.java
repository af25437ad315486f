package io.rotordream.tuner.api.dto;

import java.util.ArrayList;
import java.util.List;

/** The plan of a tuning change and, unless a dry run, what was applied. */
public final class TuningResultDTO {
    public boolean dryRun;
    public boolean applied;
    public String profile;
    public List<String> components = new ArrayList<>();
    /** Knob changes, in the order they are applied. */
    public List<ChangeDTO> plan = new ArrayList<>();
    /** Configuration changes. */
    public List<PidChangeDTO> configuration = new ArrayList<>();
    /** Planned changes left out until the operator confirms them. */
    public List<ChangeDTO> awaitingConfirmation = new ArrayList<>();
    /** Settings skipped because this machine cannot take them, and why. */
    public List<String> notes = new ArrayList<>();
}
