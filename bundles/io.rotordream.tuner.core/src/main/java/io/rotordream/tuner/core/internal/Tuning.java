package io.rotordream.tuner.core.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.rotordream.config.api.ConfigRejectedException;
import io.rotordream.config.api.ConfigService;
import io.rotordream.tuner.api.Tuner;
import io.rotordream.tuner.api.TuningException;
import io.rotordream.tuner.api.TuningRequest;
import io.rotordream.tuner.api.dto.ActiveProfileDTO;
import io.rotordream.tuner.api.dto.ChangeDTO;
import io.rotordream.tuner.api.dto.PidChangeDTO;
import io.rotordream.tuner.api.dto.TuningResultDTO;

/**
 * One tuning change across the machine and the configurations, all or nothing: every PID is
 * validated and every knob planned before anything is written; the knobs are applied (each read
 * back); then every PID is written with one {@code updateAll}; if a consumer refuses its part, the
 * knobs go back too. Plain Java, so it is tested without a framework.
 */
final class Tuning {

    private final ConfigService config;
    private final OriginalsStore store;
    private final TunerEngine engine;
    private final Supplier<Path> root;
    private final Supplier<Map<String, Tuner>> tuners;

    Tuning(ConfigService config, OriginalsStore store, Supplier<Path> root, Supplier<Map<String, Tuner>> tuners) {
        this.config = config;
        this.store = store;
        this.engine = new TunerEngine(store);
        this.root = root;
        this.tuners = tuners;
    }

    OriginalsStore store() {
        return store;
    }

    Map<String, Tuner> tunersForTest() {
        return tuners.get();
    }

    synchronized TuningResultDTO apply(TuningRequest r) {
        // Only the plugins whose configuration changes take part: a plugin whose namespace or
        // device vanished must not block a change that does not concern it.
        Map<String, Tuner> ts = new LinkedHashMap<>(tuners.get());
        ts.values().removeIf(t -> !r.changes.containsKey(t.pid()));
        for (Map.Entry<String, Map<String, Object>> e : r.changes.entrySet()) {
            try {
                config.validate(e.getKey(), e.getValue());
            } catch (ConfigRejectedException x) {
                throw rejected(x, false);
            }
        }
        Map<String, Map<String, Object>> configs = new LinkedHashMap<>();
        ts.forEach((name, t) -> configs.put(name, merged(t.pid(), r.changes.get(t.pid()))));
        TunerEngine.Plan plan = engine.plan(ts, configs, root.get(), r.confirm);
        Set<String> tunerPids = new java.util.HashSet<>();
        ts.values().forEach(t -> tunerPids.add(t.pid()));

        TuningResultDTO result = new TuningResultDTO();
        result.dryRun = r.dryRun;
        result.profile = r.profile;
        result.components.addAll(r.components);
        plan.steps.forEach(s -> result.plan.add(s.change()));
        plan.awaiting.forEach(s -> result.awaitingConfirmation.add(s.change()));
        result.notes.addAll(plan.notes);
        Map<String, Map<String, Object>> before = new LinkedHashMap<>();
        r.changes.forEach((pid, keys) -> {
            Map<String, Object> eff = effective(pid);
            keys.forEach((k, v) -> {
                Object old = eff.get(k);
                if (!Values.same(old, v)) {
                    PidChangeDTO c = new PidChangeDTO();
                    c.pid = pid;
                    c.key = k;
                    c.oldValue = Values.plain(old);
                    c.newValue = v == null ? "(default)" : Values.plain(v);
                    result.configuration.add(c);
                    if (!tunerPids.contains(pid)) {
                        before.computeIfAbsent(pid, p -> new LinkedHashMap<>()).put(k, Values.plain(old));
                    }
                }
            });
        });
        if (r.dryRun) {
            return result;
        }
        if (!plan.awaiting.isEmpty()) {
            ChangeDTO first = plan.awaiting.get(0).change();
            throw new TuningException(TuningException.Kind.INVALID, first.knob, "confirm", null,
                    "needs confirmation, never made silently: " + first + "; send \"confirm\": [\"" + first.knob
                            + "\"] to make it; nothing was changed",
                    List.of());
        }
        TunerEngine.Applied applied = engine.apply(plan);
        Map<String, List<String>> keptNow = Map.of();
        try {
            keptNow = store.saveConfiguration(before);
            if (!r.changes.isEmpty()) {
                config.updateAll(r.changes);
            }
        } catch (ConfigRejectedException x) {
            engine.rollback(applied);
            store.forgetConfiguration(keptNow);
            throw rejected(x, true);
        } catch (RuntimeException x) {
            List<String> undone = engine.rollback(applied);
            store.forgetConfiguration(keptNow);
            throw new TuningException(TuningException.Kind.FAILED, null, null, null,
                    "writing the configuration failed: " + x.getMessage() + "; rolled back " + undone, undone);
        }
        engine.commit(applied);
        record(r, !result.plan.isEmpty() || !result.configuration.isEmpty());
        result.applied = true;
        return result;
    }

    private void record(TuningRequest r, boolean changed) {
        if (r.profile != null) {
            ActiveProfileDTO a = new ActiveProfileDTO();
            a.profile = r.profile;
            a.components.addAll(r.components);
            a.appliedAt = Instant.now().toString();
            store.active(a);
        } else if (changed && r.origin != null && store.active() != null && store.active().profile != null) {
            ActiveProfileDTO a = store.active();
            if (!a.changedSince.contains(r.origin)) {
                a.changedSince.add(r.origin);
                store.active(a);
            }
        }
    }

    /**
     * Tuning off: the tuner configurations back to their defaults (which want nothing, so every
     * knob goes back to its original) and the saved configuration values written back.
     */
    synchronized TuningResultDTO revert(boolean dryRun) {
        TuningRequest r = new TuningRequest();
        r.dryRun = dryRun;
        List<String> notes = new ArrayList<>();
        for (Tuner t : tuners.get().values()) {
            Map<String, Object> reset = new LinkedHashMap<>();
            effective(t.pid()).keySet().stream().filter(k -> !t.placement().contains(k)).forEach(k -> reset.put(k, null));
            r.change(t.pid(), reset);
        }
        store.configuration().forEach((pid, keys) -> {
            if (exists(pid)) {
                r.change(pid, keys);
            } else {
                notes.add(pid + ": its component is not installed; saved values " + keys + " kept");
            }
        });
        r.confirm.add("*"); // putting mount options back is what the operator asked for by reverting
        TuningResultDTO result = apply(r);
        result.notes.addAll(notes);
        if (!dryRun) {
            if (notes.isEmpty()) {
                store.clearConfiguration();
            }
            store.active(null);
        }
        return result;
    }

    /**
     * Brings the machine to what the tuner configurations want, e.g. after a file drop or a
     * restart (sysctls are back to the kernel's after a reboot).
     *
     * @param only one tuner's name, or {@code null} for all
     * @return notes (skipped settings, changes awaiting confirmation)
     */
    synchronized List<String> reconcile(String only) {
        Map<String, Tuner> ts = new LinkedHashMap<>(tuners.get());
        if (only != null) {
            ts.keySet().retainAll(Set.of(only));
        }
        Map<String, Map<String, Object>> configs = new LinkedHashMap<>();
        ts.forEach((name, t) -> configs.put(name, effective(t.pid())));
        TunerEngine.Plan plan = engine.plan(ts, configs, root.get(), Set.of());
        List<String> notes = new ArrayList<>(plan.notes);
        plan.awaiting.forEach(s -> notes.add(s.change() + " awaits confirmation; not applied"));
        TunerEngine.Applied applied = engine.apply(plan);
        engine.commit(applied);
        applied.done.forEach(s -> notes.add("applied " + s.change()));
        return notes;
    }

    /** The stored configuration with the metatype's defaults, or empty when no metatype describes the PID. */
    Map<String, Object> effective(String pid) {
        try {
            return config.effective(pid);
        } catch (ConfigRejectedException e) {
            return Map.of();
        }
    }

    private boolean exists(String pid) {
        try {
            config.effective(pid);
            return true;
        } catch (ConfigRejectedException e) {
            return false;
        }
    }

    private Map<String, Object> merged(String pid, Map<String, Object> changes) {
        Map<String, Object> m = new LinkedHashMap<>(effective(pid));
        if (changes != null) {
            changes.forEach((k, v) -> {
                if (v == null) {
                    m.remove(k);
                } else {
                    m.put(k, v);
                }
            });
        }
        return m;
    }

    private static TuningException rejected(ConfigRejectedException x, boolean afterKnobs) {
        return new TuningException(TuningException.Kind.REJECTED, x.pid(), x.key(), null,
                x.pid() + " refused " + (x.key() == null ? "the change" : x.key()) + ": " + x.reason()
                        + (afterKnobs ? "; every knob and configuration was put back" : "; nothing was changed"),
                List.of());
    }
}
