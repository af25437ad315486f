package io.rotordream.video.pipeline.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.rotordream.video.api.encoder.EncoderFactory;

/** The encoder backends registered now, by name; updated by service events, read by the encode thread. */
final class Backends {

    private volatile Map<String, EncoderFactory> byName = Map.of();

    synchronized void add(EncoderFactory f) {
        Map<String, EncoderFactory> m = new LinkedHashMap<>(byName);
        m.put(f.name(), f);
        byName = Map.copyOf(m);
    }

    synchronized void remove(EncoderFactory f) {
        Map<String, EncoderFactory> m = new LinkedHashMap<>(byName);
        m.values().remove(f);
        byName = Map.copyOf(m);
    }

    Map<String, EncoderFactory> snapshot() {
        return byName;
    }

    boolean contains(EncoderFactory f) {
        return byName.containsValue(f);
    }
}
