package io.rotordream.tuner.core.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.tuner.api.Knob;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.Tuner;
import io.rotordream.tuner.api.TuningException;
import io.rotordream.tuner.api.Wanted;
import io.rotordream.tuner.api.dto.ChangeDTO;

/**
 * Read, plan, apply, verify and roll back over the tuner plugins, TuneD's model made all or
 * nothing: every knob is read before anything is written, its original is on disk before its first
 * write, each write is read back, and a failure puts every knob of the apply back.
 */
final class TunerEngine {

    private static final Logger LOG = LoggerFactory.getLogger(TunerEngine.class);
    static final String SET = "set";
    static final String RESTORE = "restore";

    /** One change with the knob that makes it. */
    record Step(Knob knob, String tuner, ChangeDTO change) {
    }

    /** What a configuration asks of the machine now. */
    static final class Plan {
        final List<Step> steps = new ArrayList<>();
        final List<Step> awaiting = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        /** Saved originals that already equal the knob: forgotten when the plan is committed. */
        final List<String> settled = new ArrayList<>();
        /** Knob to wanted value, of every tuner planned. */
        final Map<String, String> wanted = new LinkedHashMap<>();
    }

    /** What an apply did, to be committed or rolled back. */
    static final class Applied {
        final Plan plan;
        final List<Step> done = new ArrayList<>();
        final List<String> savedNow = new ArrayList<>();

        Applied(Plan plan) {
            this.plan = plan;
        }
    }

    private final OriginalsStore store;

    TunerEngine(OriginalsStore store) {
        this.store = store;
    }

    /**
     * @param tuners name to plugin, in the order they apply
     * @param configs name to the configuration to plan with
     * @param confirm knobs the operator confirms ("*" for all)
     * @throws TuningException INVALID for an unknown knob, a bad value or a named device that is not here,
     *     FAILED when a knob cannot be read
     */
    Plan plan(Map<String, Tuner> tuners, Map<String, Map<String, Object>> configs, Path root, Set<String> confirm) {
        Plan plan = new Plan();
        Map<String, OriginalsStore.Original> originals = store.knobs();
        for (Map.Entry<String, Tuner> e : tuners.entrySet()) {
            Tuner tuner = e.getValue();
            Wanted wanted;
            try {
                wanted = tuner.wanted(configs.getOrDefault(e.getKey(), Map.of()), root);
            } catch (KnobException k) {
                throw invalid(k);
            }
            wanted.notes().forEach(n -> plan.notes.add(e.getKey() + ": " + n));
            for (Map.Entry<String, String> w : wanted.knobs().entrySet()) {
                Knob knob = resolve(tuner, w.getKey(), root);
                String value;
                try {
                    value = knob.normalize(w.getValue());
                } catch (KnobException k) {
                    throw invalid(k);
                }
                plan.wanted.put(knob.name(), value);
                String current = read(knob);
                if (!knob.same(current, value)) {
                    add(plan, new Step(knob, e.getKey(), change(knob, e.getKey(), current, value, SET)), confirm);
                }
            }
            for (Map.Entry<String, OriginalsStore.Original> o : originals.entrySet()) {
                if (!e.getKey().equals(o.getValue().tuner) || plan.wanted.containsKey(o.getKey())) {
                    continue;
                }
                Knob knob;
                try {
                    knob = tuner.knob(o.getKey(), root);
                } catch (KnobException k) {
                    plan.notes.add(o.getKey() + ": saved original " + o.getValue().value + " not restored, "
                            + k.describe() + "; forgotten");
                    plan.settled.add(o.getKey());
                    continue;
                }
                String current = read(knob);
                if (knob.same(current, o.getValue().value)) {
                    plan.settled.add(o.getKey());
                } else {
                    add(plan, new Step(knob, e.getKey(), change(knob, e.getKey(), current, o.getValue().value, RESTORE)),
                            confirm);
                }
            }
        }
        return plan;
    }

    private static void add(Plan plan, Step step, Set<String> confirm) {
        boolean confirmed = confirm.contains("*") || confirm.contains(step.knob.name());
        if (step.change.needsConfirmation && !confirmed) {
            plan.awaiting.add(step);
        } else {
            plan.steps.add(step);
        }
    }

    private static ChangeDTO change(Knob knob, String tuner, String current, String value, String action) {
        ChangeDTO c = new ChangeDTO();
        c.knob = knob.name();
        c.tuner = tuner;
        c.path = knob.path();
        c.oldValue = current;
        c.newValue = value;
        c.action = action;
        c.needsConfirmation = knob.needsConfirmation();
        return c;
    }

    private static Knob resolve(Tuner tuner, String name, Path root) {
        try {
            return tuner.knob(name, root);
        } catch (KnobException k) {
            throw invalid(k);
        }
    }

    private static String read(Knob knob) {
        try {
            return knob.read();
        } catch (KnobException k) {
            throw new TuningException(TuningException.Kind.FAILED, knob.name(), knob.name(), k.failure(),
                    knob.name() + " (" + knob.path() + ") cannot be read: " + k.describe() + "; nothing was changed",
                    List.of());
        }
    }

    static TuningException invalid(KnobException k) {
        return new TuningException(TuningException.Kind.INVALID, k.knob(), k.knob(), k.failure(),
                k.knob() + ": " + k.reason(), List.of());
    }

    /**
     * Applies the plan's steps in order; on the first failure every step done is undone in reverse
     * and the originals saved by this apply are forgotten again.
     *
     * @throws TuningException FAILED naming the knob, its path and the reason
     */
    Applied apply(Plan plan) {
        Applied applied = new Applied(plan);
        for (Step step : plan.steps) {
            ChangeDTO c = step.change;
            try {
                if (SET.equals(c.action) && store.saveKnob(c.knob, step.tuner, c.path, c.oldValue)) {
                    applied.savedNow.add(c.knob);
                }
                step.knob.write(c.newValue);
                // Written: from here on a failure must put this knob back too.
                applied.done.add(step);
                String after = step.knob.read();
                if (!step.knob.same(after, c.newValue)) {
                    throw new KnobException(c.knob, KnobException.Failure.REFUSED, null,
                            "wrote '" + c.newValue + "' but the kernel kept '" + after + "'");
                }
            } catch (KnobException k) {
                List<String> undone = rollback(applied);
                throw new TuningException(TuningException.Kind.FAILED, c.knob, c.knob, k.failure(),
                        c.knob + " (" + c.path + ") failed: " + k.describe() + "; rolled back "
                                + (undone.isEmpty() ? "nothing (it was the first change)" : String.join(", ", undone)),
                        undone);
            }
        }
        return applied;
    }

    /**
     * Puts every knob the apply changed back to the value read before it, newest first. A knob
     * that refuses even that is logged and left with its original saved, so revert can retry.
     *
     * @return the knobs put back
     */
    List<String> rollback(Applied applied) {
        List<Step> reverse = new ArrayList<>(applied.done);
        Collections.reverse(reverse);
        List<String> undone = new ArrayList<>();
        List<String> stuck = new ArrayList<>();
        for (Step step : reverse) {
            try {
                step.knob.write(step.change.oldValue);
                undone.add(step.change.knob);
            } catch (KnobException k) {
                stuck.add(step.change.knob);
                LOG.error("Rollback of {} to '{}' failed: {}; its original stays saved for revert", step.change.knob,
                        step.change.oldValue, k.describe());
            }
        }
        List<String> forget = new ArrayList<>(applied.savedNow);
        forget.removeAll(stuck);
        store.forgetKnobs(forget);
        applied.done.clear();
        return undone;
    }

    /** After everything of the change succeeded: originals restored or settled are no longer kept. */
    void commit(Applied applied) {
        List<String> forget = new ArrayList<>(applied.plan.settled);
        for (Step s : applied.done) {
            if (RESTORE.equals(s.change.action)) {
                forget.add(s.change.knob);
            }
        }
        store.forgetKnobs(forget);
    }
}
