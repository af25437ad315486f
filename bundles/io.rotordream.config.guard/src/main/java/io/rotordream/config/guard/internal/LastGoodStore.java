package io.rotordream.config.guard.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rotordream.platform.api.AtomicFiles;

/**
 * The last configuration of each PID that passed validation, persisted so that after a restart an
 * invalid stored configuration still gives way to the one that was running.
 */
final class LastGoodStore {

    private final Path dir;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, Map<String, Object>> cache = new ConcurrentHashMap<>();

    LastGoodStore(Path dir) {
        this.dir = dir;
    }

    /** Values come back as JSON types; callers re-run them through the checker to type them. */
    Map<String, Object> get(String pid) {
        return cache.computeIfAbsent(pid, p -> {
            Path f = file(p);
            if (!Files.exists(f)) {
                return null;
            }
            try {
                return mapper.readValue(f.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {
                });
            } catch (IOException e) {
                return null;
            }
        });
    }

    /**
     * Compared as the bytes it would write: every stored configuration comes through here again on
     * each start, and reading each file back through Jackson's data binding cost the boot ~40 ms of
     * cold code on the start-level thread. A configuration is written in its checked form, whose key
     * order and number formatting are stable, so an unchanged one gives the same bytes.
     */
    synchronized void remember(String pid, Map<String, Object> typed) throws IOException {
        Map<String, Object> copy = new LinkedHashMap<>(typed);
        byte[] json = mapper.writeValueAsBytes(copy);
        Path f = file(pid);
        if (Files.isRegularFile(f) && Arrays.equals(json, Files.readAllBytes(f))) {
            return;
        }
        AtomicFiles.write(f, json);
        cache.put(pid, copy);
    }

    synchronized void forget(String pid) throws IOException {
        cache.remove(pid);
        Files.deleteIfExists(file(pid));
    }

    private Path file(String pid) {
        return dir.resolve(pid.replaceAll("[^A-Za-z0-9._~-]", "_") + ".json");
    }
}
