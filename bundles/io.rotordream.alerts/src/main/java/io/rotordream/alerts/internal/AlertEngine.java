package io.rotordream.alerts.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.rotordream.alerts.internal.AlertStateMachine.State;
import io.rotordream.alerts.internal.AlertStateMachine.Transition;

/**
 * Every rule's state machine. Rules are replaced as configurations change; a rule that stays
 * (same name) keeps its state. The state can be exported and restored, so a restart neither
 * forgets a firing alert nor re-notifies it before its cooldown.
 */
final class AlertEngine {

    private final Map<String, AlertStateMachine> machines = new LinkedHashMap<>();
    /** Saved states of rules not (yet) configured: custom rules arrive after the engine starts. */
    private final Map<String, Map<String, Object>> saved = new LinkedHashMap<>();
    /** Rules the operator deleted: their removal, which arrives later, keeps no state. */
    private final Set<String> deleted = new HashSet<>();

    synchronized void rules(Collection<Rule> rules) {
        Map<String, AlertStateMachine> next = new LinkedHashMap<>();
        for (Rule r : rules) {
            AlertStateMachine m = machines.get(r.name());
            if (m == null) {
                deleted.remove(r.name());
                m = new AlertStateMachine(r);
                Map<String, Object> s = saved.remove(r.name());
                if (s != null) {
                    apply(m, s);
                }
            } else {
                m.rule(r);
            }
            next.put(r.name(), m);
        }
        // A rule whose component restarts (bundle update, configuration churn) comes back with its
        // state instead of firing and notifying a second time.
        machines.forEach((name, m) -> {
            if (!next.containsKey(name) && !deleted.remove(name) && worthKeeping(m)) {
                saved.put(name, state(m));
            }
        });
        machines.clear();
        machines.putAll(next);
    }

    /** @param values the value of a metric by name, or {@code null} when it is not measured now */
    synchronized List<Transition> evaluate(Function<String, Double> values, long now) {
        List<Transition> out = new ArrayList<>();
        for (AlertStateMachine m : machines.values()) {
            Transition t = m.step(values.apply(m.rule().metric()), now);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    synchronized List<AlertStateMachine> machines() {
        return new ArrayList<>(machines.values());
    }

    synchronized Map<String, Map<String, Object>> export() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        // States of rules not configured (yet) are written too: a save made before a custom rule
        // arrives must not drop that rule's state.
        out.putAll(saved);
        machines.forEach((name, m) -> {
            if (worthKeeping(m)) {
                out.put(name, state(m));
            }
        });
        return out;
    }

    /** A rule deleted by the operator starts afresh if one of the same name is created later. */
    synchronized void forget(String name) {
        if (saved.remove(name) == null && machines.containsKey(name)) {
            deleted.add(name);
        }
    }

    private static boolean worthKeeping(AlertStateMachine m) {
        return m.state != State.INACTIVE || m.lastNotified != Long.MIN_VALUE;
    }

    private static Map<String, Object> state(AlertStateMachine m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("state", m.state.name());
        s.put("since", m.since);
        s.put("active_since", m.activeSince);
        s.put("last_notified", m.lastNotified);
        s.put("firing_notified", m.firingNotified);
        return s;
    }

    /** States saved before a restart; a rule configured later picks its state up when it arrives. */
    synchronized void restore(Map<String, Map<String, Object>> states) {
        states.forEach((name, s) -> {
            AlertStateMachine m = machines.get(name);
            if (m == null) {
                saved.put(name, s);
            } else {
                apply(m, s);
            }
        });
    }

    private static void apply(AlertStateMachine m, Map<String, Object> s) {
        m.state = State.valueOf(String.valueOf(s.get("state")));
        m.since = ((Number) s.get("since")).longValue();
        m.activeSince = ((Number) s.get("active_since")).longValue();
        m.lastNotified = ((Number) s.get("last_notified")).longValue();
        m.firingNotified = Boolean.TRUE.equals(s.get("firing_notified"));
    }
}
