package io.rotordream.metrics.collector.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Constants;
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

import io.rotordream.metrics.api.FigureSet;
import io.rotordream.metrics.api.MetricSource;
import io.rotordream.metrics.api.MetricsCollector;
import io.rotordream.metrics.api.MetricsSnapshot;
import io.rotordream.metrics.api.SnapshotListener;

/**
 * Samples every registered {@link MetricSource} on one thread of its own and hands each snapshot to
 * the {@link SnapshotListener}s. Sources and listeners come and go at any time.
 */
@Component(configurationPid = CollectorConfig.PID)
@Designate(ocd = CollectorConfig.class)
public final class CollectorComponent implements MetricsCollector {

    private static final Logger LOG = LoggerFactory.getLogger(CollectorComponent.class);

    private final Collector collector = new Collector(Clock.systemUTC());
    private final Map<String, MetricSource> sources = new ConcurrentSkipListMap<>();
    private final List<SnapshotListener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rotordream-metrics");
        t.setDaemon(true);
        return t;
    });
    private volatile CollectorConfig config;
    private ScheduledFuture<?> task;

    @Activate
    public CollectorComponent(CollectorConfig config) {
        modified(config);
    }

    @Modified
    synchronized void modified(CollectorConfig c) {
        boolean reschedule = config == null || config.interval__ms() != c.interval__ms();
        config = c;
        if (reschedule) {
            if (task != null) {
                task.cancel(false);
            }
            task = timer.scheduleAtFixedRate(this::tick, 0, c.interval__ms(), TimeUnit.MILLISECONDS);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(MetricSource source, Map<String, Object> props) {
        sources.put(key(props), source);
    }

    void removeSource(MetricSource source, Map<String, Object> props) {
        sources.remove(key(props), source);
    }

    /** The source's name, made unique by its service id so two sources of one name both count. */
    private static String key(Map<String, Object> props) {
        Object name = props.get(MetricSource.NAME);
        return (name == null ? "source" : name) + (name == null ? "-" + props.get(Constants.SERVICE_ID) : "");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(SnapshotListener l) {
        listeners.add(l);
    }

    void removeListener(SnapshotListener l) {
        listeners.remove(l);
    }

    private void tick() {
        try {
            CollectorConfig c = config;
            MetricsSnapshot s = collector.collect(new LinkedHashMap<>(sources), c.max__series__per__family(),
                    c.recent__kept(), (message, error) -> {
                        if (error == null) {
                            LOG.warn(message);
                        } else {
                            LOG.warn(message, error);
                        }
                    });
            for (SnapshotListener l : listeners) {
                try {
                    l.collected(s);
                } catch (RuntimeException e) {
                    LOG.warn("snapshot listener {} failed", l.getClass().getName(), e);
                }
            }
        } catch (RuntimeException | Error e) {
            // a scheduled task that throws is never run again: log and keep collecting
            LOG.error("metrics collection failed", e);
        }
    }

    @Override
    public MetricsSnapshot latest() {
        return collector.latest();
    }

    @Override
    public List<FigureSet> recent(int count) {
        return collector.recent(count);
    }

    @Override
    public double intervalSeconds() {
        return config.interval__ms() / 1000.0;
    }
}
