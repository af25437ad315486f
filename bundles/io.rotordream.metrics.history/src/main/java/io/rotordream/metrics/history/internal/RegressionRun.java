package io.rotordream.metrics.history.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.rotordream.metrics.api.InvalidQueryException;
import io.rotordream.metrics.api.history.ArchiveInfo;
import io.rotordream.metrics.api.history.RegressionFinding;
import io.rotordream.metrics.api.history.RegressionReport;

/** One regression query: pick the archive, split each series into baseline and recent, test, decide. */
final class RegressionRun {

    private final TrendReader reader;
    private final Layout layout;
    private final RegressionDetector.Settings settings;

    RegressionRun(TrendReader reader, Layout layout, RegressionDetector.Settings settings) {
        this.reader = reader;
        this.layout = layout;
        this.settings = settings;
    }

    RegressionReport run(Duration recent, Duration baseline, Collection<String> names, Instant now) {
        if (baseline.compareTo(recent) < 0) {
            throw new InvalidQueryException("baseline", "the baseline must be at least as long as the recent window");
        }
        long total = recent.getSeconds() + baseline.getSeconds();
        long step = 0;
        for (ArchiveInfo a : layout.archives()) {
            // at least the minimum samples in the recent window, and the whole span covered
            if (a.coversSeconds >= total && recent.getSeconds() / a.stepSeconds >= settings.minSamples()) {
                step = a.stepSeconds;
                break;
            }
        }
        if (step == 0) {
            throw new InvalidQueryException("recent", "no archive holds " + settings.minSamples()
                    + " samples of the recent window and reaches back over both windows");
        }
        long to = now.getEpochSecond() / step * step;
        long split = to - recent.getSeconds();
        long from = split - baseline.getSeconds();
        RegressionDetector detector = new RegressionDetector(settings);
        RegressionReport r = new RegressionReport();
        r.recentFrom = Instant.ofEpochSecond(split);
        r.recentTo = Instant.ofEpochSecond(to);
        r.baselineFrom = Instant.ofEpochSecond(from);
        r.baselineTo = Instant.ofEpochSecond(split);
        r.stepSeconds = step;
        r.alpha = settings.alpha();
        r.minEffect = settings.minEffect();
        r.minChangePercent = settings.minChangePercent();
        r.method = "Mann-Whitney U of the recent window against the baseline, variance widened for lag-1 "
                + "autocorrelation; Cliff's delta as effect size; Holm's correction over the series tested";
        r.tested = new ArrayList<>();
        r.skipped = new ArrayList<>();
        for (String name : names) {
            double[][] data = reader.averages(name, from, to, step);
            List<Double> base = new ArrayList<>();
            List<Double> rec = new ArrayList<>();
            for (int i = 0; i < data[0].length; i++) {
                long t = (long) data[0][i];
                if (t > from && t <= split) {
                    base.add(data[1][i]);
                } else if (t > split && t <= to) {
                    rec.add(data[1][i]);
                }
            }
            RegressionFinding f = detector.compare(name, Directions.of(name), unbox(base), unbox(rec));
            if (f == null) {
                r.skipped.add(name + ": fewer than " + settings.minSamples() + " recorded samples in a window");
            } else {
                r.tested.add(f);
            }
        }
        detector.decide(r.tested);
        r.regressions = r.tested.stream().filter(f -> f.verdict.equals("regression"))
                .sorted((a, b) -> Double.compare(b.confidence, a.confidence)).toList();
        r.improvements = r.tested.stream().filter(f -> f.verdict.equals("improvement")).toList();
        return r;
    }

    private static double[] unbox(List<Double> l) {
        return l.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
