package io.rotordream.tuner.core.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.config.api.ConfigService;
import io.rotordream.platform.api.DataDirectory;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.Tuner;
import io.rotordream.tuner.api.TuningException;
import io.rotordream.tuner.api.TuningRequest;
import io.rotordream.tuner.api.TuningService;
import io.rotordream.tuner.api.dto.ActionResultDTO;
import io.rotordream.tuner.api.dto.ActiveProfileDTO;
import io.rotordream.tuner.api.dto.AdviceDTO;
import io.rotordream.tuner.api.dto.KnobStatusDTO;
import io.rotordream.tuner.api.dto.TuningResultDTO;
import io.rotordream.tuner.api.dto.TuningStatusDTO;
import io.rotordream.tuner.api.dto.VerifyDTO;

/**
 * The TuningService: tuner plugins tracked as they come and go, the machine reconciled with their
 * configurations when one arrives or its configuration changes (a file drop, the Web Console), on
 * a thread of its own so SCR is never held up by a slow tool.
 */
@Component(service = TuningService.class, configurationPid = TunerConfig.PID, immediate = true)
@Designate(ocd = TunerConfig.class)
public final class TuningComponent implements TuningService {

    private static final Logger LOG = LoggerFactory.getLogger(TuningComponent.class);
    /** The order knobs are applied in, whatever order the plugins arrive in. */
    private static final List<String> ORDER = List.of("cpu", "scheduler", "vm", "disk", "net", "qos");

    private final Map<String, Tuner> tuners = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> seen = new ConcurrentHashMap<>();
    private final ExecutorService reconciler = Executors.newSingleThreadExecutor(r -> new Thread(r, "rotordream-tuner"));
    /** The last reconcile failure of each plugin, until one succeeds; and the state file's, if unreadable. */
    private final Map<String, String> problems = new ConcurrentHashMap<>();
    private final Tuning tuning;
    private volatile Path root;
    private volatile boolean reconcile;
    private volatile boolean active;

    @Activate
    public TuningComponent(TunerConfig config, @Reference ConfigService configService, @Reference DataDirectory data) {
        OriginalsStore store = new OriginalsStore(data.state("tuner").resolve("state.json"));
        if (store.loadProblem() != null) {
            LOG.error("{}", store.loadProblem());
            problems.put("state", store.loadProblem());
        }
        this.tuning = new Tuning(configService, store, () -> root, this::ordered);
        modified(config);
        active = true;
        if (reconcile) {
            tuners.keySet().forEach(this::scheduleReconcile);
        }
    }

    @Modified
    void modified(TunerConfig config) {
        root = Path.of(config.root()).toAbsolutePath();
        reconcile = config.reconcile();
    }

    @Deactivate
    void deactivate() {
        active = false;
        reconciler.shutdownNow();
        try {
            reconciler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTuner(Tuner tuner, Map<String, Object> props) {
        String name = tuner.name();
        tuners.put(name, tuner);
        seen.put(name, configOf(props));
        tuner.watch(() -> scheduleReconcile(name));
        if (active && reconcile) {
            scheduleReconcile(name);
        }
    }

    /** DS updates the service properties with the plugin's configuration: it changed. */
    void updatedTuner(Tuner tuner, Map<String, Object> props) {
        Map<String, Object> now = configOf(props);
        if (!now.equals(seen.put(tuner.name(), now))) {
            scheduleReconcile(tuner.name());
        }
    }

    void removeTuner(Tuner tuner, Map<String, Object> props) {
        tuners.remove(tuner.name(), tuner);
    }

    private static Map<String, Object> configOf(Map<String, Object> props) {
        Map<String, Object> m = new LinkedHashMap<>();
        props.forEach((k, v) -> {
            if (!k.startsWith("service.") && !k.startsWith("component.") && !k.equals("objectClass")) {
                m.put(k, String.valueOf(Values.plain(v)));
            }
        });
        return m;
    }

    private void scheduleReconcile(String name) {
        if (!active || reconciler.isShutdown()) {
            return;
        }
        reconciler.execute(() -> {
            try {
                List<String> notes = tuning.reconcile(name);
                notes.forEach(n -> LOG.info("Tuner {}: {}", name, n));
                problems.remove(name);
            } catch (TuningException e) {
                String problem = "reconciling " + name + ": " + e.getMessage();
                LOG.error("Tuner {}", problem);
                problems.put(name, problem);
            } catch (RuntimeException e) {
                LOG.error("Tuner {}: reconcile failed", name, e);
            }
        });
    }

    private Map<String, Tuner> ordered() {
        List<Tuner> list = new ArrayList<>(tuners.values());
        list.sort(Comparator.comparingInt((Tuner t) -> ORDER.indexOf(t.name()) < 0 ? ORDER.size() : ORDER.indexOf(t.name()))
                .thenComparing(Tuner::name));
        Map<String, Tuner> out = new LinkedHashMap<>();
        list.forEach(t -> out.put(t.name(), t));
        return out;
    }

    @Override
    public TuningResultDTO apply(TuningRequest request) {
        return tuning.apply(request);
    }

    @Override
    public TuningResultDTO revert(boolean dryRun) {
        return tuning.revert(dryRun);
    }

    @Override
    public TuningStatusDTO status() {
        TuningStatusDTO dto = new TuningStatusDTO();
        dto.root = root.toString();
        Map<String, Tuner> ts = ordered();
        Map<String, KnobStatusDTO> knobs;
        synchronized (tuning) {
            knobs = KnobReport.read(ts, tuning::effective, root, tuning.store(), true, dto.notes);
            KnobReport.fill(dto, ts, knobs, tuning.store());
        }
        dto.notes.addAll(problems.values());
        return dto;
    }

    @Override
    public VerifyDTO verify() {
        synchronized (tuning) {
            return KnobReport.verify(KnobReport.read(ordered(), tuning::effective, root, tuning.store(), false,
                    new ArrayList<>()));
        }
    }

    @Override
    public ActionResultDTO action(String tunerName, String action, String argument, boolean dryRun) {
        Tuner t = tuners.get(tunerName);
        if (t == null) {
            throw new TuningException(TuningException.Kind.INVALID, tunerName, "tuner", null,
                    "no tuner plugin " + tunerName + " is running; running: " + ordered().keySet(), List.of());
        }
        ActionResultDTO r = new ActionResultDTO();
        r.tuner = tunerName;
        r.action = action;
        r.argument = argument;
        r.dryRun = dryRun;
        try {
            r.result = t.run(action, argument, root, dryRun);
        } catch (KnobException k) {
            throw new TuningException(k.failure().isRequestError() ? TuningException.Kind.INVALID
                    : TuningException.Kind.FAILED, k.knob(), k.failure().isRequestError() ? "level" : k.knob(), // drop_caches, the one action, takes a level
                    k.failure(), k.getMessage(), List.of());
        }
        return r;
    }

    @Override
    public ActiveProfileDTO active() {
        ActiveProfileDTO a = tuning.store().active();
        return a == null ? new ActiveProfileDTO() : a;
    }

    @Override
    public AdviceDTO advice() {
        return Advisor.advise(MachineFacts.read(root));
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public List<String> tuners() {
        return new ArrayList<>(ordered().keySet());
    }
}
