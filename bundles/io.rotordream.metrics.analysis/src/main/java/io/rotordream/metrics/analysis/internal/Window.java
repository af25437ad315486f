package io.rotordream.metrics.analysis.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.rotordream.metrics.api.FigureSet;

/** Means and maxima of the key figures over the newest collections, so one odd second decides nothing. */
final class Window {

    private final Map<String, double[]> stats = new HashMap<>();
    final int collections;
    final double seconds;

    Window(List<FigureSet> sets) {
        collections = sets.size();
        seconds = sets.size() < 2 ? 0
                : (sets.get(sets.size() - 1).timestamp.toEpochMilli() - sets.get(0).timestamp.toEpochMilli()) / 1000.0;
        for (FigureSet s : sets) {
            s.figures.forEach((k, v) -> {
                double[] a = stats.computeIfAbsent(k, x -> new double[] { 0, 0, Double.NEGATIVE_INFINITY });
                a[0] += v;
                a[1]++;
                a[2] = Math.max(a[2], v);
            });
        }
    }

    /** Mean over the window, or {@code null} when the figure was never measured. */
    Double mean(String figure) {
        double[] a = stats.get(figure);
        return a == null ? null : a[0] / a[1];
    }

    Double max(String figure) {
        double[] a = stats.get(figure);
        return a == null ? null : a[2];
    }

    boolean has(String figure) {
        return stats.containsKey(figure);
    }

    double mean(String figure, double otherwise) {
        Double v = mean(figure);
        return v == null ? otherwise : v;
    }
}
