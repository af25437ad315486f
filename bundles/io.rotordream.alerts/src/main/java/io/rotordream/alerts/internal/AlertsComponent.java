package io.rotordream.alerts.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rotordream.alerts.internal.AlertStateMachine.State;
import io.rotordream.alerts.internal.AlertStateMachine.Transition;
import io.rotordream.metrics.api.MetricFamily;
import io.rotordream.metrics.api.MetricSink;
import io.rotordream.metrics.api.MetricSource;
import io.rotordream.metrics.api.MetricsSnapshot;
import io.rotordream.metrics.api.SnapshotListener;
import io.rotordream.platform.api.AtomicFiles;
import io.rotordream.platform.api.DataDirectory;
import io.rotordream.rest.api.sse.SseClients;

/**
 * Evaluates every rule on every snapshot and sends each notified change to the channels: the log,
 * Event Admin (topics rotordream/alert/firing, .../resolved, .../pending), the alert event stream
 * and the webhooks. Keeps the states and the history in <data>/state/alerts/.
 */
@Component(service = { AlertsComponent.class, SnapshotListener.class, MetricSource.class },
        configurationPid = { ThresholdsConfig.PID, NotifyConfig.PID }, property = MetricSource.NAME + "=alerts")
public final class AlertsComponent implements SnapshotListener, MetricSource {

    static final String TOPIC = "rotordream/alert/";
    private static final Logger LOG = LoggerFactory.getLogger(AlertsComponent.class);

    private final Clock clock;
    private final Path stateFile;
    private final AlertEngine engine = new AlertEngine();
    private final AlertHistory history;
    private final WebhookDispatcher webhooks;
    private final SseClients streams;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, AlertRuleComponent> custom = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> sent = new ConcurrentHashMap<>();
    private volatile ThresholdsConfig thresholds;
    private volatile NotifyConfig notify;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EventAdmin events;

    @Activate
    public AlertsComponent(ThresholdsConfig thresholds, NotifyConfig notify, @Reference DataDirectory data)
            throws IOException {
        this(thresholds, notify, data.state("alerts"), Clock.systemUTC());
    }

    AlertsComponent(ThresholdsConfig thresholds, NotifyConfig notify, Path dir, Clock clock) throws IOException {
        this.clock = clock;
        this.thresholds = thresholds;
        this.notify = notify;
        this.stateFile = dir.resolve("state.json");
        this.history = new AlertHistory(dir.resolve("history.jsonl"), notify.history__max__entries());
        this.webhooks = new WebhookDispatcher(dir.resolve("webhook-queue.json"), settings(notify), clock::millis);
        this.streams = new SseClients(notify.sse__max__clients(), 4);
        applyRules();
        if (Files.exists(stateFile)) {
            engine.restore(mapper.readValue(stateFile.toFile(), new TypeReference<Map<String, Map<String, Object>>>() {
            }));
        }
    }

    private static WebhookDispatcher.Settings settings(NotifyConfig n) {
        return new WebhookDispatcher.Settings(n.webhook__max__attempts(), n.webhook__backoff__initial__ms(),
                n.webhook__backoff__max__ms(), n.webhook__timeout__ms(), n.webhook__queue__size());
    }

    @Modified
    void modified(ThresholdsConfig t, NotifyConfig n) {
        thresholds = t;
        notify = n;
        webhooks.settings(settings(n));
        history.max(n.history__max__entries());
        streams.limits(n.sse__max__clients(), 4);
        applyRules();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        streams.closeAll();
        webhooks.stop();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRule(AlertRuleComponent r) {
        custom.put(r.name(), r);
        applyRules();
    }

    void updatedRule(AlertRuleComponent r) {
        applyRules();
    }

    void removeRule(AlertRuleComponent r) {
        custom.remove(r.name(), r);
        applyRules();
    }

    /** The operator deleted this custom rule: a new one of the same name starts afresh. */
    void forget(String name) {
        engine.forget(name);
    }

    private void applyRules() {
        ThresholdsConfig t = thresholds;
        if (t == null) {
            return; // a rule arrived before activation; the constructor applies them all
        }
        List<Rule> rules = new ArrayList<>(Rule.builtIn(t));
        long cooldown = t.alert__cooldown__minutes() * 60_000L;
        custom.forEach((name, c) -> {
            if (c.config().enabled()) {
                rules.add(Rule.custom(name, c.config(), cooldown));
            }
        });
        engine.rules(rules);
    }

    @Override
    public void collected(MetricsSnapshot s) {
        List<Transition> changes = engine.evaluate(metric -> value(s, metric), clock.millis());
        if (changes.isEmpty()) {
            return;
        }
        for (Transition t : changes) {
            record(t);
        }
        try {
            AtomicFiles.write(stateFile, mapper.writeValueAsBytes(engine.export()));
        } catch (IOException e) {
            LOG.warn("alert states cannot be saved: {}", e.toString());
        }
    }

    /** A key figure, else the value of an unlabelled metric of that name. */
    static Double value(MetricsSnapshot s, String metric) {
        Double v = s.figures.get(metric);
        if (v != null) {
            return v;
        }
        MetricFamily f = s.family(metric);
        return f != null && f.samples.size() == 1 && f.samples.get(0).labels.isEmpty() ? f.samples.get(0).value : null;
    }

    private void record(Transition t) {
        Map<String, Object> n = Notifications.of(t, clock.instant());
        try {
            history.add(n);
        } catch (IOException e) {
            LOG.warn("alert history cannot be written: {}", e.toString());
        }
        if (t.to() == State.PENDING || t.to() == State.INACTIVE) {
            LOG.debug("alert {} {}", t.rule().name(), t.to());
            post(t, n);
            return;
        }
        if (!t.notified()) {
            LOG.info("alert {} {} (not notified: within the cooldown of {} min)", t.rule().name(),
                    t.to().name().toLowerCase(), t.rule().cooldownMillis() / 60_000);
            return;
        }
        send(n);
        post(t, n);
    }

    /** The log, the event stream and the webhooks. */
    void send(Map<String, Object> n) {
        String line = "ALERT " + n.get("rule") + " " + n.get("state") + " (" + n.get("severity") + "): " + n.get("metric")
                + " = " + n.get("value") + ", threshold " + n.get("comparison") + " " + n.get("threshold");
        if ("firing".equals(n.get("state"))) {
            LOG.warn(line);
        } else {
            LOG.info(line);
        }
        count("log");
        try {
            streams.broadcast("alert", String.valueOf(n.get("id")), mapper.writeValueAsString(n));
            count("sse");
        } catch (IOException e) {
            LOG.warn("alert event cannot be written: {}", e.toString());
        }
        // an empty list arrives as one blank entry from metatype defaults and .cfg files
        List<String> urls = java.util.Arrays.stream(notify.webhook__urls()).filter(u -> !u.isBlank()).toList();
        if (!urls.isEmpty()) {
            webhooks.enqueue(urls, n);
            count("webhook");
        }
    }

    private void post(Transition t, Map<String, Object> n) {
        EventAdmin ea = events;
        if (ea == null) {
            return;
        }
        Map<String, Object> props = new HashMap<>(n);
        props.values().removeIf(java.util.Objects::isNull);
        ea.postEvent(new Event(TOPIC + t.to().name().toLowerCase(), props));
        count("event_admin");
    }

    private void count(String channel) {
        sent.computeIfAbsent(channel, c -> new AtomicLong()).incrementAndGet();
    }

    // --- what the REST resource shows -----------------------------------------------------

    List<Map<String, Object>> active() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AlertStateMachine m : engine.machines()) {
            if (m.state == State.PENDING || m.state == State.FIRING) {
                out.add(Notifications.view(m));
            }
        }
        return out;
    }

    List<Map<String, Object>> rules() {
        return engine.machines().stream().map(Notifications::view).toList();
    }

    List<Map<String, Object>> history(int limit) {
        return history.newest(limit);
    }

    Map<String, Object> deliveries() {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> hooks = new LinkedHashMap<>();
        webhooks.status().forEach((url, st) -> hooks.put(WebhookDispatcher.redact(url), st));
        out.put("webhooks", hooks);
        out.put("webhook_queue_depth", webhooks.depth());
        out.put("event_admin", events != null);
        out.put("stream_clients", streams.size());
        Map<String, Long> counts = new LinkedHashMap<>();
        sent.forEach((k, v) -> counts.put(k, v.get()));
        out.put("notifications_sent", counts);
        return out;
    }

    boolean streamsFull() {
        return streams.full();
    }

    boolean openStream(SseEventSink sink, Sse sse) {
        return streams.add(sink, sse);
    }

    /** A test notification through every channel. */
    Map<String, Object> test() {
        Map<String, Object> n = Notifications.test(clock.instant());
        send(n);
        return n;
    }

    @Override
    public void collect(MetricSink sink) {
        AlertMetrics.write(sink, engine.machines(), webhooks, sent);
    }

    Instant now() {
        return clock.instant();
    }
}
