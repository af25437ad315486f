package io.rotordream.alerts.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.rotordream.alerts.internal.AlertStateMachine.State;
import io.rotordream.metrics.api.MetricSink;

/** The alerts' own metrics: rules per state, firing rules, notifications and webhook deliveries. */
final class AlertMetrics {

    private AlertMetrics() {
    }

    static void write(MetricSink sink, List<AlertStateMachine> machines, WebhookDispatcher webhooks,
            Map<String, AtomicLong> sent) {
        Map<State, Integer> byState = new LinkedHashMap<>();
        for (State st : State.values()) {
            byState.put(st, 0);
        }
        for (AlertStateMachine m : machines) {
            byState.merge(m.state, 1, Integer::sum);
            sink.gauge("rotordream_alert_firing", "1 while the rule fires.", m.state == State.FIRING ? 1 : 0, "rule",
                    m.rule().name(), "severity", m.rule().severity());
        }
        byState.forEach((st, n) -> sink.gauge("rotordream_alerts", "Rules in each state.", n, "state",
                st.name().toLowerCase()));
        sent.forEach((channel, n) -> sink.counter("rotordream_alert_notifications_total", "Notifications sent per channel.",
                n.get(), "channel", channel));
        sink.gauge("rotordream_alert_webhook_queue_depth", "Webhook deliveries waiting.", webhooks.depth());
        long delivered = 0;
        long failed = 0;
        for (WebhookDispatcher.Status st : webhooks.status().values()) {
            delivered += st.delivered;
            failed += st.failed + st.dropped;
        }
        sink.counter("rotordream_alert_webhook_deliveries_total", "Webhook deliveries by result.", delivered, "result", "delivered");
        sink.counter("rotordream_alert_webhook_deliveries_total", "Webhook deliveries by result.", failed, "result", "failed");
        sink.figure("alerts_firing", byState.get(State.FIRING));
    }
}
