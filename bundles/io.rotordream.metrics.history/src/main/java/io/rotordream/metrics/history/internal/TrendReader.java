package io.rotordream.metrics.history.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.rrd4j.ConsolFun;
import org.rrd4j.core.FetchData;

import io.rotordream.metrics.api.InvalidQueryException;
import io.rotordream.metrics.api.history.ArchiveInfo;
import io.rotordream.metrics.api.history.TrendResult;

/** Reads min/avg/max per step out of the store. */
final class TrendReader {

    /** More points than this are refused even when asked for explicitly. */
    static final int HARD_POINT_LIMIT = 20_000;

    private final RrdStore store;
    private final Layout layout;
    private final int maxPoints;

    TrendReader(RrdStore store, Layout layout, int maxPoints) {
        this.store = store;
        this.layout = layout;
        this.maxPoints = maxPoints;
    }

    /** The finest archive covering the period within the point budget, else the coarsest covering it. */
    long chooseStep(Duration period, Duration step) {
        long seconds = period.getSeconds();
        List<ArchiveInfo> archives = layout.archives();
        ArchiveInfo longest = archives.get(archives.size() - 1);
        if (seconds > longest.coversSeconds) {
            throw new InvalidQueryException("period", "the history reaches back " + Durations.format(
                    Duration.ofSeconds(longest.coversSeconds)) + " at most");
        }
        if (step != null) {
            ArchiveInfo a = archives.stream().filter(x -> x.stepSeconds == step.getSeconds()).findFirst()
                    .orElseThrow(() -> new InvalidQueryException("step", "the archives have steps of 1s, 1m and 1h"));
            if (a.coversSeconds < seconds) {
                throw new InvalidQueryException("step", "the " + Durations.format(step) + " archive reaches back "
                        + Durations.format(Duration.ofSeconds(a.coversSeconds)) + " only");
            }
            if (seconds / a.stepSeconds > HARD_POINT_LIMIT) {
                throw new InvalidQueryException("step", "more than " + HARD_POINT_LIMIT + " points per series");
            }
            return a.stepSeconds;
        }
        for (ArchiveInfo a : archives) {
            if (a.coversSeconds >= seconds && seconds / a.stepSeconds <= maxPoints) {
                return a.stepSeconds;
            }
        }
        return archives.stream().filter(a -> a.coversSeconds >= seconds).reduce((x, y) -> y).orElseThrow().stepSeconds;
    }

    TrendResult read(Duration period, Duration step, Collection<String> names, Instant now) {
        long stepSeconds = chooseStep(period, step);
        long to = now.getEpochSecond() / stepSeconds * stepSeconds;
        long from = to - period.getSeconds();
        TrendResult r = new TrendResult();
        r.period = Durations.format(period);
        r.stepSeconds = stepSeconds;
        r.from = Instant.ofEpochSecond(from);
        r.to = Instant.ofEpochSecond(to);
        r.series = new ArrayList<>();
        r.unknown = new ArrayList<>();
        for (String name : names) {
            if (!store.has(name)) {
                r.unknown.add(name);
                continue;
            }
            r.series.add(series(name, from, to, stepSeconds));
        }
        return r;
    }

    private TrendResult.Series series(String name, long from, long to, long step) {
        try {
            FetchData min = store.fetch(name, ConsolFun.MIN, from, to, step);
            FetchData avg = store.fetch(name, ConsolFun.AVERAGE, from, to, step);
            FetchData max = store.fetch(name, ConsolFun.MAX, from, to, step);
            TrendResult.Series s = new TrendResult.Series();
            s.metric = name;
            s.points = new ArrayList<>();
            long[] t = avg.getTimestamps();
            double[] a = avg.getValues(0);
            double[] lo = min.getValues(0);
            double[] hi = max.getValues(0);
            double sum = 0;
            int n = 0;
            for (int i = 0; i < t.length; i++) {
                if (t[i] <= from || t[i] > to) {
                    continue;
                }
                TrendResult.Point p = new TrendResult.Point();
                p.timestamp = Instant.ofEpochSecond(t[i]);
                p.avg = value(a, i);
                p.min = value(lo, i);
                p.max = value(hi, i);
                s.points.add(p);
                if (p.avg != null) {
                    sum += p.avg;
                    n++;
                    s.min = s.min == null ? p.min : p.min == null ? s.min : Math.min(s.min, p.min);
                    s.max = s.max == null ? p.max : p.max == null ? s.max : Math.max(s.max, p.max);
                }
            }
            s.avg = n == 0 ? null : sum / n;
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Averages at a step, NaN where unknown, with their timestamps. */
    double[][] averages(String name, long from, long to, long step) {
        try {
            FetchData d = store.fetch(name, ConsolFun.AVERAGE, from, to, step);
            if (d == null) {
                return new double[][] { {}, {} };
            }
            long[] t = d.getTimestamps();
            double[] ts = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                ts[i] = t[i];
            }
            return new double[][] { ts, d.getValues(0) };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Double value(double[] v, int i) {
        return i < v.length && Double.isFinite(v[i]) ? v[i] : null;
    }
}
