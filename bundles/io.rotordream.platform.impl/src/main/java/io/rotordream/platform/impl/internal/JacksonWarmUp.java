package io.rotordream.platform.impl.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One JSON round trip through a throw-away mapper. Every RotorDream bundle that keeps state (tokens,
 * audit, alerts, the last valid configurations, metric history) reads or writes JSON while it
 * activates on the start-level thread, and the first of them paid ~60 ms for Jackson's own
 * initialisation and the next ones ran its introspection code cold (~160 ms of that thread in all).
 * The mapper and its serializers are not shared: only the classes and the compiled code are.
 */
final class JacksonWarmUp {

    /** Shaped like the bundles' state files: a record with text, numbers, a list and a map. */
    record Sample(String name, long created, List<String> roles, Map<String, Boolean> flags) {
    }

    private JacksonWarmUp() {
    }

    static void roundTrip() {
        ObjectMapper mapper = new ObjectMapper();
        try {
            byte[] json = mapper.writeValueAsBytes(
                    List.of(new Sample("warm-up", 1L, List.of("viewer"), Map.of("enabled", true))));
            mapper.readValue(json, Sample[].class);
            mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
