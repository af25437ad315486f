package io.rotordream.metrics.rest.internal;

import java.util.List;
import java.util.Map;

import io.rotordream.metrics.api.MetricFamily;
import io.rotordream.metrics.api.MetricSample;

/** The Prometheus text exposition format, version 0.0.4. */
final class PrometheusFormat {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusFormat() {
    }

    static String write(List<MetricFamily> families) {
        StringBuilder out = new StringBuilder(64 * 1024);
        for (MetricFamily f : families) {
            if (f.samples.isEmpty()) {
                continue;
            }
            out.append("# HELP ").append(f.name).append(' ').append(escapeHelp(f.help)).append('\n');
            out.append("# TYPE ").append(f.name).append(' ').append(f.type.name().toLowerCase()).append('\n');
            for (MetricSample s : f.samples) {
                if (f.type == MetricFamily.Type.HISTOGRAM) {
                    histogram(out, f.name, s);
                } else {
                    line(out, f.name, s.labels, null, s.value);
                }
            }
        }
        return out.toString();
    }

    private static void histogram(StringBuilder out, String name, MetricSample s) {
        for (int i = 0; i < s.upperBounds.length; i++) {
            line(out, name + "_bucket", s.labels, number(s.upperBounds[i]), s.cumulativeCounts[i]);
        }
        line(out, name + "_bucket", s.labels, "+Inf", s.count());
        line(out, name + "_sum", s.labels, null, s.value);
        line(out, name + "_count", s.labels, null, s.count());
    }

    private static void line(StringBuilder out, String name, Map<String, String> labels, String le, double value) {
        out.append(name);
        if (!labels.isEmpty() || le != null) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, String> l : labels.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                out.append(l.getKey()).append("=\"").append(escapeLabel(l.getValue())).append('"');
                first = false;
            }
            if (le != null) {
                out.append(first ? "" : ",").append("le=\"").append(le).append('"');
            }
            out.append('}');
        }
        out.append(' ').append(number(value)).append('\n');
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    static String escapeLabel(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    static String escapeHelp(String v) {
        return v.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
