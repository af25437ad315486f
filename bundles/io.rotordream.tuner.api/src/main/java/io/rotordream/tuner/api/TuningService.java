package io.rotordream.tuner.api;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import io.rotordream.tuner.api.dto.ActionResultDTO;
import io.rotordream.tuner.api.dto.ActiveProfileDTO;
import io.rotordream.tuner.api.dto.AdviceDTO;
import io.rotordream.tuner.api.dto.TuningResultDTO;
import io.rotordream.tuner.api.dto.TuningStatusDTO;
import io.rotordream.tuner.api.dto.VerifyDTO;

/**
 * Plans and applies tuning across the tuner plugins and the configurations of the other
 * subsystems, TuneD-style: read, plan, save the original of every knob before its first change,
 * apply, read back; a failure part-way rolls the whole apply back.
 */
@ProviderType
public interface TuningService {

    /** PID of the service's own configuration (root). */
    String PID = "rotordream.tuner";

    /**
     * Plans the request, and unless it is a dry run applies it: the tuner knobs first (each read
     * back), then every PID with one {@code updateAll}. Knobs that no configuration wants any more
     * go back to their saved originals.
     *
     * @throws TuningException refused (nothing applied) or failed (everything rolled back)
     */
    TuningResultDTO apply(TuningRequest request);

    /**
     * Turns tuning off: every knob back to its saved original, every PID a profile or a tuning
     * call changed back to what it was before, the tuner configurations back to their defaults
     * (which want nothing), no active profile.
     */
    TuningResultDTO revert(boolean dryRun);

    /** Every knob: now, wanted, saved original, drift; the active profile; the running plugins. */
    TuningStatusDTO status();

    /** Reads every wanted knob and reports those that drifted (changed by hand). */
    VerifyDTO verify();

    /** Runs a one-off action of a plugin (vm drop_caches). */
    ActionResultDTO action(String tuner, String action, String argument, boolean dryRun);

    /** The profile applied last and whether direct changes were made since; {@code null} profile when none. */
    ActiveProfileDTO active();

    /** Facts of this machine and what follows from them, each with its reason. */
    AdviceDTO advice();

    /** Where /proc and /sys are read (the configured root). */
    Path root();

    /** Names of the tuner plugins running now. */
    List<String> tuners();
}
