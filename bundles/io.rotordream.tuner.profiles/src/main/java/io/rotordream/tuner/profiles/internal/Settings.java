package io.rotordream.tuner.profiles.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.rotordream.tuner.api.TuningException;

/** Reading profile settings whatever their Java shape: a .cfg gives text, JSON numbers, the metatype Integer[]. */
final class Settings {

    private Settings() {
    }

    /** A setting that says something: not absent, not -1, not empty. */
    static boolean set(Object v) {
        if (v == null) {
            return false;
        }
        if (v.getClass().isArray()) {
            return Array.getLength(v) > 0;
        }
        if (v instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        String s = String.valueOf(v).trim();
        return !s.isEmpty() && !s.equals("-1");
    }

    static boolean set(Map<String, Object> m, String key) {
        return set(m.get(key));
    }

    static String text(Map<String, Object> m, String key) {
        return String.valueOf(m.get(key)).trim();
    }

    static int integer(Map<String, Object> m, String key, int min, int max) {
        String s = text(m, key);
        try {
            int v = Integer.parseInt(s);
            if (v < min || v > max) {
                throw invalid(key, v + " is out of range " + min + ".." + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw invalid(key, "'" + s + "' is not an integer");
        }
    }

    static List<Integer> integers(Object v) {
        List<Integer> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(v); i++) {
                out.add(Integer.parseInt(String.valueOf(Array.get(v, i)).trim()));
            }
        } else if (v instanceof Collection<?> c) {
            c.forEach(x -> out.add(Integer.parseInt(String.valueOf(x).trim())));
        } else {
            for (String p : String.valueOf(v).split(",")) {
                if (!p.isBlank()) {
                    out.add(Integer.parseInt(p.trim()));
                }
            }
        }
        return out;
    }

    static TuningException invalid(String key, String message) {
        return new TuningException(TuningException.Kind.INVALID, key, key, null, key + ": " + message, List.of());
    }
}
