package io.rotordream.tuner.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.rotordream.platform.api.AtomicFiles;
import io.rotordream.tuner.api.dto.ActiveProfileDTO;

/**
 * The tuner's state in one file, rewritten whole and atomically on every change: the original of
 * every knob saved before RotorDream first changed it, the configuration values a profile or a
 * tuning call replaced, and the active profile. A crash or kill -9 at any instant leaves the file
 * as it was before or after the change, never torn, and a knob is only written after its original
 * is on disk.
 */
final class OriginalsStore {

    /** A saved original. */
    static final class Original {
        public String value;
        public String tuner;
        public String path;
        public String savedAt;
    }

    /** What is on disk. */
    static final class State {
        public Map<String, Original> knobs = new LinkedHashMap<>();
        public Map<String, Map<String, Object>> configuration = new LinkedHashMap<>();
        public ActiveProfileDTO active;
    }

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private State state;
    private String loadProblem;

    OriginalsStore(Path file) {
        this.file = file;
        this.state = load();
    }

    private State load() {
        if (!Files.exists(file)) {
            return new State();
        }
        try {
            State s = mapper.readValue(file.toFile(), State.class);
            return s == null ? new State() : s;
        } catch (IOException e) {
            // Written atomically, so a bad file was not written by us; refusing to start would
            // leave the machine tuned with nobody able to revert: keep it aside and say so.
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
            try {
                Files.move(file, aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // keep going with an empty state
            }
            loadProblem = "tuner state " + file + " was unreadable (kept as " + aside + "): " + e.getMessage()
                    + "; originals saved before are not known";
            return new State();
        }
    }

    /** Why the state on disk could not be read at start, or {@code null}. */
    String loadProblem() {
        return loadProblem;
    }

    synchronized Original knob(String name) {
        return state.knobs.get(name);
    }

    synchronized Map<String, Original> knobs() {
        return new LinkedHashMap<>(state.knobs);
    }

    /** Saves the original unless one is kept already; on disk before this returns. */
    synchronized boolean saveKnob(String name, String tuner, String path, String value) {
        if (state.knobs.containsKey(name)) {
            return false;
        }
        Original o = new Original();
        o.value = value;
        o.tuner = tuner;
        o.path = path;
        o.savedAt = Instant.now().toString();
        state.knobs.put(name, o);
        flush();
        return true;
    }

    synchronized void forgetKnobs(List<String> names) {
        boolean changed = false;
        for (String n : names) {
            changed |= state.knobs.remove(n) != null;
        }
        if (changed) {
            flush();
        }
    }

    synchronized Map<String, Map<String, Object>> configuration() {
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        state.configuration.forEach((pid, keys) -> copy.put(pid, new LinkedHashMap<>(keys)));
        return copy;
    }

    /**
     * Keeps the values a change is about to replace, for each key not kept already.
     *
     * @return the PID/keys that were newly kept, so a failed change can forget them
     */
    synchronized Map<String, List<String>> saveConfiguration(Map<String, Map<String, Object>> before) {
        Map<String, List<String>> added = new LinkedHashMap<>();
        before.forEach((pid, keys) -> keys.forEach((k, v) -> {
            Map<String, Object> kept = state.configuration.computeIfAbsent(pid, p -> new LinkedHashMap<>());
            if (!kept.containsKey(k)) {
                kept.put(k, v);
                added.computeIfAbsent(pid, p -> new ArrayList<>()).add(k);
            }
        }));
        if (!added.isEmpty()) {
            flush();
        }
        return added;
    }

    synchronized void forgetConfiguration(Map<String, List<String>> keys) {
        keys.forEach((pid, ks) -> {
            Map<String, Object> kept = state.configuration.get(pid);
            if (kept != null) {
                ks.forEach(kept::remove);
                if (kept.isEmpty()) {
                    state.configuration.remove(pid);
                }
            }
        });
        flush();
    }

    synchronized void clearConfiguration() {
        state.configuration.clear();
        flush();
    }

    synchronized ActiveProfileDTO active() {
        return state.active;
    }

    synchronized void active(ActiveProfileDTO active) {
        state.active = active;
        flush();
    }

    private void flush() {
        try {
            AtomicFiles.write(file, mapper.writeValueAsBytes(state));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write tuner state " + file, e);
        }
    }
}
