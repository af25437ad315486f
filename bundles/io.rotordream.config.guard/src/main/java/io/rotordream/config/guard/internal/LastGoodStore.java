package io.rotordream.config.guard.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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

    synchronized void remember(String pid, Map<String, Object> typed) throws IOException {
        Map<String, Object> copy = new LinkedHashMap<>(typed);
        Map<String, Object> previous = get(pid);
        if (previous != null && Objects.equals(mapper.valueToTree(previous), mapper.valueToTree(copy))) {
            return;
        }
        AtomicFiles.write(file(pid), mapper.writeValueAsBytes(copy));
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
