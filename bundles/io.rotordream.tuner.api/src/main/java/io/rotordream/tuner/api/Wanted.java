package io.rotordream.tuner.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a tuner's configuration asks of this machine: knob name to wanted value, in the order they
 * are to be applied, and notes about settings this machine cannot take (no cpufreq, a device that
 * does not offer a scheduler), which are skipped rather than failed.
 */
public final class Wanted {

    private final Map<String, String> knobs = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    public Wanted set(String knob, String value) {
        knobs.put(knob, value);
        return this;
    }

    public Wanted note(String note) {
        notes.add(note);
        return this;
    }

    public Map<String, String> knobs() {
        return Collections.unmodifiableMap(knobs);
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }
}
