package io.rotordream.metrics.analysis.internal;

import java.util.Map;

/**
 * What the rules know besides the measurements: the configuration in effect (by PID, empty when
 * the PID is unknown here) and facts of the machine.
 */
record Facts(Map<String, Object> capture, Map<String, Object> encoding, Map<String, Object> pools,
        int cpus, Map<String, Long> dropsByReason, long heapMaxBytes, long rmemMax, long wmemMax) {

    double targetFps() {
        return number(capture, "frame_rate", Double.NaN);
    }

    static double number(Map<String, Object> m, String key, double otherwise) {
        Object v = m.get(key);
        return v instanceof Number n ? n.doubleValue() : otherwise;
    }

    static String text(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }
}
