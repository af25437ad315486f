package io.rotordream.metrics.analysis.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;

import io.rotordream.config.api.ConfigService;
import io.rotordream.metrics.api.MetricFamily;
import io.rotordream.metrics.api.MetricSample;
import io.rotordream.metrics.api.MetricsCollector;
import io.rotordream.metrics.api.MetricsSnapshot;
import io.rotordream.metrics.api.analysis.BottleneckReport;
import io.rotordream.metrics.api.analysis.PerformanceAnalysis;
import io.rotordream.metrics.api.analysis.Recommendation;
import io.rotordream.metrics.api.analysis.TroubleshootReport;
import io.rotordream.metrics.api.history.MetricsHistory;
import io.rotordream.platform.api.DataDirectory;

/** The analysis service: gathers the window, the configuration and the machine's facts, and runs the rules. */
@Component
public final class AnalysisComponent implements PerformanceAnalysis {

    /** Collections the verdicts rest on (30 s at the default interval). */
    static final int WINDOW = 30;

    private final MetricsCollector collector;
    private final Path dataDir;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ConfigService config;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile MetricsHistory history;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile JaxrsServiceRuntime jaxrs;

    @Activate
    public AnalysisComponent(@Reference MetricsCollector collector, @Reference DataDirectory data) {
        this.collector = collector;
        this.dataDir = data.home();
    }

    private MetricsSnapshot latest() {
        MetricsSnapshot s = collector.latest();
        if (s == null) {
            throw new IllegalStateException("no measurement yet");
        }
        return s;
    }

    @Override
    public BottleneckReport bottlenecks() {
        MetricsSnapshot s = latest();
        Window w = new Window(collector.recent(WINDOW));
        BottleneckRules rules = new BottleneckRules(w, facts(s));
        BottleneckReport r = new BottleneckReport();
        r.timestamp = s.timestamp;
        r.windowSeconds = w.seconds;
        r.bottlenecks = rules.evaluate();
        r.primary = r.bottlenecks.isEmpty() ? "none" : r.bottlenecks.get(0).stage;
        r.notJudged = rules.notJudged;
        return r;
    }

    @Override
    public List<Recommendation> recommendations() {
        MetricsSnapshot s = latest();
        Window w = new Window(collector.recent(WINDOW));
        Facts f = facts(s);
        return new Recommender(f, w, this::served).recommend(new BottleneckRules(w, f).evaluate());
    }

    @Override
    public TroubleshootReport troubleshoot(String area) {
        if (!AREAS.contains(area)) {
            throw new IllegalArgumentException("area must be one of " + AREAS);
        }
        MetricsSnapshot s = latest();
        try {
            return new Troubleshooter(s, new Window(collector.recent(WINDOW)), facts(s), history, dataDir).run(area);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Facts facts(MetricsSnapshot s) {
        Map<String, Long> drops = new HashMap<>();
        MetricFamily d = s.family("rotordream_video_dropped_frames_total");
        if (d != null) {
            for (MetricSample x : d.samples) {
                drops.merge(x.labels.getOrDefault("reason", "?"), (long) x.value, Long::sum);
            }
        }
        long heapMax = Runtime.getRuntime().maxMemory();
        return new Facts(effective("rotordream.camera.capture"), effective("rotordream.camera.encoding"),
                effective("rotordream.memory.pools"), Runtime.getRuntime().availableProcessors(), drops, heapMax,
                sysctl("net/core/rmem_max"), sysctl("net/core/wmem_max"));
    }

    private Map<String, Object> effective(String pid) {
        ConfigService c = config;
        if (c == null) {
            return Map.of();
        }
        try {
            return c.effective(pid);
        } catch (RuntimeException unknownHere) {
            return Map.of(); // the subsystem is not installed on this appliance
        }
    }

    private static long sysctl(String name) {
        try {
            return Long.parseLong(Files.readString(Path.of("/proc/sys", name)).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Whether the JAX-RS whiteboard serves (method, path below /api) now; templates match anything. */
    boolean served(String method, String path) {
        JaxrsServiceRuntime runtime = jaxrs;
        if (runtime == null) {
            return false;
        }
        for (ApplicationDTO app : runtime.getRuntimeDTO().applicationDTOs) {
            for (ResourceDTO r : app.resourceDTOs) {
                for (ResourceMethodInfoDTO m : r.resourceMethods) {
                    String p = ("/" + m.path).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
                    if (method.equals(m.method) && path.matches(p.replaceAll("\\{[^}]+}", "[^/]+"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
