package io.rotordream.tuner.profiles.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/** Arrays as lists, so settings serialise as JSON arrays. */
final class Values {

    private Values() {
    }

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
}
