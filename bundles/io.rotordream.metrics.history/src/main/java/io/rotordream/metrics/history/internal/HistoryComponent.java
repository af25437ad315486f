package io.rotordream.metrics.history.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.metrics.api.InvalidQueryException;
import io.rotordream.metrics.api.MetricSink;
import io.rotordream.metrics.api.MetricSource;
import io.rotordream.metrics.api.MetricsSnapshot;
import io.rotordream.metrics.api.SnapshotListener;
import io.rotordream.metrics.api.history.ArchiveInfo;
import io.rotordream.metrics.api.history.MetricsHistory;
import io.rotordream.metrics.api.history.RegressionReport;
import io.rotordream.metrics.api.history.Regressions;
import io.rotordream.metrics.api.history.TrendResult;
import io.rotordream.platform.api.DataDirectory;

/**
 * Records every key figure of every snapshot in <data>/state/metrics.history/, on a thread of its
 * own so a slow disk never delays the collector (a backlog beyond a few snapshots is dropped and
 * counted), and answers trend and regression queries from it.
 */
@Component(service = { SnapshotListener.class, MetricsHistory.class, Regressions.class, MetricSource.class },
        configurationPid = HistoryConfig.PID, property = MetricSource.NAME + "=history")
@Designate(ocd = HistoryConfig.class)
public final class HistoryComponent implements SnapshotListener, MetricsHistory, Regressions, MetricSource {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryComponent.class);

    private final java.nio.file.Path dir;
    private final Clock clock;
    private final AtomicLong dropped = new AtomicLong();
    private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(10), r -> {
                Thread t = new Thread(r, "rotordream-history");
                t.setDaemon(true);
                return t;
            }, (task, executor) -> dropped.incrementAndGet());
    private final AtomicLong updates = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile HistoryConfig config;
    private volatile Layout layout;
    private volatile RrdStore store;

    @Activate
    public HistoryComponent(HistoryConfig config, @Reference DataDirectory data) throws IOException {
        this(config, data.state("metrics.history"), Clock.systemUTC());
    }

    HistoryComponent(HistoryConfig config, java.nio.file.Path dir, Clock clock) throws IOException {
        this.dir = dir;
        this.clock = clock;
        this.config = config;
        this.layout = layout(config);
        this.store = new RrdStore(dir, layout, config.max__series());
    }

    private static Layout layout(HistoryConfig c) {
        return new Layout(c.second__rows(), c.minute__rows(), c.hour__rows());
    }

    @Modified
    void modified(HistoryConfig c) {
        Layout next = layout(c);
        boolean reopen = !next.equals(layout) || c.max__series() != config.max__series();
        config = c;
        if (reopen) {
            writer.execute(() -> {
                try {
                    store.close();
                    store = new RrdStore(dir, next, c.max__series());
                    layout = next;
                } catch (IOException e) {
                    LOG.error("cannot reopen the history with the new archive sizes", e);
                }
            });
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
        store.close();
    }

    @Override
    public void collected(MetricsSnapshot snapshot) {
        long second = snapshot.timestamp.getEpochSecond();
        Map<String, Double> figures = snapshot.figures;
        writer.execute(() -> record(second, figures));
    }

    /** Synchronous, for tests. */
    void record(long second, Map<String, Double> figures) {
        RrdStore s = store;
        figures.forEach((name, value) -> {
            try {
                if (s.update(name, second, value)) {
                    updates.incrementAndGet();
                }
            } catch (IOException | RuntimeException e) {
                if (failures.getAndIncrement() == 0) {
                    LOG.warn("history update of {} failed: {}", name, e.toString());
                }
            }
        });
    }

    @Override
    public void collect(MetricSink sink) {
        sink.gauge("rotordream_history_series", "Key figures recorded in the history.", store.series().size());
        sink.gauge("rotordream_history_disk_bytes", "Bytes the history files take.", store.diskBytes());
        sink.counter("rotordream_history_updates_total", "Values recorded in the history.", updates.get());
        sink.counter("rotordream_history_update_failures_total", "Values that could not be recorded.", failures.get());
        sink.counter("rotordream_history_dropped_snapshots_total", "Snapshots not recorded because the disk was behind.",
                dropped.get());
    }

    @Override
    public List<String> series() {
        return store.series();
    }

    @Override
    public List<ArchiveInfo> archives() {
        return layout.archives();
    }

    @Override
    public TrendResult trends(Duration period, Duration step, Collection<String> names) {
        Collection<String> wanted = names.isEmpty() ? store.series() : names;
        if (wanted.size() > 100) {
            throw new InvalidQueryException("metrics", "at most 100 series per request");
        }
        return new TrendReader(store, layout, config.max__points()).read(period, step, wanted, clock.instant());
    }

    @Override
    public double[] averages(String name, Instant from, Instant to, Duration step) {
        return new TrendReader(store, layout, config.max__points()).averages(name, from.getEpochSecond(),
                to.getEpochSecond(), step.getSeconds())[1];
    }

    @Override
    public RegressionReport detect(Duration recent, Duration baseline, Collection<String> names) {
        HistoryConfig c = config;
        return new RegressionRun(new TrendReader(store, layout, c.max__points()), layout,
                new RegressionDetector.Settings(c.regression__alpha(), c.regression__min__effect(),
                        c.regression__min__change__percent(), 10)).run(recent, baseline,
                                names.isEmpty() ? defaults() : names, clock.instant());
    }

    private List<String> defaults() {
        List<String> out = new ArrayList<>();
        for (String s : store.series()) {
            if (Directions.known(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
