package io.rotordream.alerts.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.rotordream.alerts.internal.AlertStateMachine.Transition;

/** The one JSON shape of a notification (webhook body, event data, history entry) and of an alert. */
final class Notifications {

    private Notifications() {
    }

    static Map<String, Object> of(Transition t, Instant now) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("id", UUID.randomUUID().toString());
        n.put("timestamp", now.toString());
        n.put("rule", t.rule().name());
        n.put("state", t.to().name().toLowerCase());
        n.put("previous_state", t.from().name().toLowerCase());
        n.put("severity", t.rule().severity());
        n.put("metric", t.rule().metric());
        n.put("value", t.value());
        n.put("comparison", t.rule().comparison());
        n.put("threshold", t.rule().threshold());
        n.put("hysteresis", t.rule().hysteresis());
        n.put("description", t.rule().description());
        n.put("notified", t.notified());
        if (t.suppressed()) {
            n.put("suppressed_by_cooldown", true);
        }
        return n;
    }

    static Map<String, Object> view(AlertStateMachine m) {
        Rule r = m.rule();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("rule", r.name());
        v.put("state", m.state.name().toLowerCase());
        v.put("severity", r.severity());
        v.put("metric", r.metric());
        v.put("value", m.value);
        v.put("comparison", r.comparison());
        v.put("threshold", r.threshold());
        v.put("hysteresis", r.hysteresis());
        v.put("for_seconds", r.forMillis() / 1000);
        v.put("cooldown_minutes", r.cooldownMillis() / 60_000);
        v.put("built_in", r.builtIn());
        v.put("description", r.description());
        if (m.since > 0) {
            v.put("since", Instant.ofEpochMilli(m.since).toString());
        }
        if (m.lastNotified != Long.MIN_VALUE) {
            v.put("last_notified", Instant.ofEpochMilli(m.lastNotified).toString());
        }
        return v;
    }

    static Map<String, Object> test(Instant now) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("id", UUID.randomUUID().toString());
        n.put("timestamp", now.toString());
        n.put("rule", "test");
        n.put("state", "test");
        n.put("severity", "info");
        n.put("metric", "none");
        n.put("description", "a test notification sent through every channel");
        return n;
    }
}
