package io.rotordream.metrics.analysis.internal;

import java.util.Collection;
import java.util.Map;

/** Small JSON for the curl lines (the bodies are flat maps of numbers, strings and lists). */
final class JsonText {

    private JsonText() {
    }

    static String of(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            m.forEach((k, x) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":").append(of(x)));
            return b.append('}').toString();
        }
        if (v instanceof Collection<?> c) {
            StringBuilder b = new StringBuilder("[");
            for (Object x : c) {
                b.append(b.length() > 1 ? "," : "").append(of(x));
            }
            return b.append(']').toString();
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return "\"" + String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
