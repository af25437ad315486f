package io.rotordream.tuner.core.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Configuration values compared and shown whatever their Java shape (Integer[], List, text). */
final class Values {

    private Values() {
    }

    /** Arrays become lists, so values print and serialise as JSON arrays. */
    static Object plain(Object v) {
        if (v != null && v.getClass().isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) {
                out.add(Array.get(v, i));
            }
            return out;
        }
        return v;
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(text(a), text(b));
    }

    private static Object text(Object v) {
        Object p = plain(v);
        if (p instanceof Collection<?> c) {
            List<String> out = new ArrayList<>();
            c.forEach(x -> out.add(String.valueOf(x)));
            return out;
        }
        if (p instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return Long.toString(n.longValue());
        }
        return p == null ? null : String.valueOf(p);
    }
}
