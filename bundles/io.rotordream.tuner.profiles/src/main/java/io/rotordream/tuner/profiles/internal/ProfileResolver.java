package io.rotordream.tuner.profiles.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code include} inheritance: a profile's settings are its include's (recursively) overridden by
 * its own. An include that does not exist or that comes back round is refused, naming the chain.
 */
final class ProfileResolver {

    /** The chain, this profile first, and the settings after inheritance (markers for "leave it" kept). */
    record Resolved(List<String> chain, Map<String, Object> settings) {
    }

    static final String INCLUDE = "include";
    static final String DESCRIPTION = "description";

    private ProfileResolver() {
    }

    /**
     * @param profiles name to the profile's own settings (with include and description), {@code null} when absent
     */
    static Resolved resolve(String name, Function<String, Map<String, Object>> profiles) {
        List<String> chain = new ArrayList<>();
        List<Map<String, Object>> own = new ArrayList<>();
        String at = name;
        while (at != null && !at.isBlank()) {
            if (chain.contains(at)) {
                chain.add(at);
                throw Settings.invalid(INCLUDE, "include cycle " + String.join(" -> ", chain));
            }
            Map<String, Object> p = profiles.apply(at);
            if (p == null) {
                throw Settings.invalid(INCLUDE, chain.isEmpty() ? "no profile " + at
                        : "profile " + chain.get(chain.size() - 1) + " includes " + at + ", which does not exist");
            }
            chain.add(at);
            own.add(p);
            Object inc = p.get(INCLUDE);
            at = inc == null ? null : String.valueOf(inc).trim();
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        List<Map<String, Object>> rootFirst = new ArrayList<>(own);
        Collections.reverse(rootFirst);
        for (Map<String, Object> p : rootFirst) {
            p.forEach((k, v) -> {
                if (!INCLUDE.equals(k) && !DESCRIPTION.equals(k)) {
                    merged.put(k, v);
                }
            });
        }
        return new Resolved(chain, merged);
    }

    /** The settings that say something (no "leave it" markers), for showing. */
    static Map<String, Object> effective(Map<String, Object> settings) {
        Map<String, Object> out = new LinkedHashMap<>();
        settings.forEach((k, v) -> {
            if (Settings.set(v)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
