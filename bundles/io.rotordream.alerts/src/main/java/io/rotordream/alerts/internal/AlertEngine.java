package io.rotordream.alerts.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    synchronized void rules(Collection<Rule> rules) {
        Map<String, AlertStateMachine> next = new LinkedHashMap<>();
        for (Rule r : rules) {
            AlertStateMachine m = machines.get(r.name());
            if (m == null) {
                m = new AlertStateMachine(r);
            } else {
                m.rule(r);
            }
            next.put(r.name(), m);
        }
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
        machines.forEach((name, m) -> {
            if (m.state != State.INACTIVE || m.lastNotified != Long.MIN_VALUE) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("state", m.state.name());
                s.put("since", m.since);
                s.put("active_since", m.activeSince);
                s.put("last_notified", m.lastNotified);
                s.put("firing_notified", m.firingNotified);
                out.put(name, s);
            }
        });
        return out;
    }

    synchronized void restore(Map<String, Map<String, Object>> saved) {
        saved.forEach((name, s) -> {
            AlertStateMachine m = machines.get(name);
            if (m == null) {
                return; // the rule was removed meanwhile
            }
            m.state = State.valueOf(String.valueOf(s.get("state")));
            m.since = ((Number) s.get("since")).longValue();
            m.activeSince = ((Number) s.get("active_since")).longValue();
            m.lastNotified = ((Number) s.get("last_notified")).longValue();
            m.firingNotified = Boolean.TRUE.equals(s.get("firing_notified"));
        });
    }
}
