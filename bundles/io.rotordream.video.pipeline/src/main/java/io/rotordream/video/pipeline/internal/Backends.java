package io.rotordream.video.pipeline.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.rotordream.video.api.encoder.EncoderFactory;

/** The encoder backends registered now, by name; updated by service events, read by the encode thread. */
final class Backends {

    private volatile Map<String, EncoderFactory> byName = Map.of();
    /** The same factories as an array, for the encode thread's allocation-free check. */
    private volatile EncoderFactory[] all = new EncoderFactory[0];

    synchronized void add(EncoderFactory f) {
        Map<String, EncoderFactory> m = new LinkedHashMap<>(byName);
        m.put(f.name(), f);
        byName = Map.copyOf(m);
        all = m.values().toArray(new EncoderFactory[0]);
    }

    synchronized void remove(EncoderFactory f) {
        Map<String, EncoderFactory> m = new LinkedHashMap<>(byName);
        m.values().remove(f);
        byName = Map.copyOf(m);
        all = m.values().toArray(new EncoderFactory[0]);
    }

    Map<String, EncoderFactory> snapshot() {
        return byName;
    }

    boolean contains(EncoderFactory f) {
        for (EncoderFactory x : all) {
            if (x == f) {
                return true;
            }
        }
        return false;
    }
}
