package io.rotordream.tuner.core.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.rotordream.tuner.api.Knob;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.Tuner;
import io.rotordream.tuner.api.Wanted;
import io.rotordream.tuner.api.dto.KnobStatusDTO;
import io.rotordream.tuner.api.dto.TuningStatusDTO;
import io.rotordream.tuner.api.dto.VerifyDTO;

/** Reads every knob for the status and for verify: current, wanted, saved original, drift. */
final class KnobReport {

    private KnobReport() {
    }

    /**
     * @param configs tuner name to its configuration in effect
     * @param all true for the status (every knob a plugin can tune), false for verify (wanted knobs)
     */
    static Map<String, KnobStatusDTO> read(Map<String, Tuner> tuners, Function<String, Map<String, Object>> configs,
            Path root, OriginalsStore store, boolean all, List<String> notes) {
        Map<String, KnobStatusDTO> out = new LinkedHashMap<>();
        Map<String, OriginalsStore.Original> originals = store.knobs();
        for (Map.Entry<String, Tuner> e : tuners.entrySet()) {
            String name = e.getKey();
            Tuner tuner = e.getValue();
            Map<String, Knob> knobs = new LinkedHashMap<>();
            Map<String, String> wanted = new LinkedHashMap<>();
            try {
                Wanted w = tuner.wanted(configs.apply(tuner.pid()), root);
                for (Map.Entry<String, String> x : w.knobs().entrySet()) {
                    Knob k = tuner.knob(x.getKey(), root);
                    knobs.put(k.name(), k);
                    wanted.put(k.name(), k.normalize(x.getValue()));
                }
            } catch (KnobException k) {
                notes.add(name + ": its configuration cannot be planned: " + k.getMessage());
            }
            if (all) {
                for (Knob k : tuner.knobs(root)) {
                    knobs.putIfAbsent(k.name(), k);
                }
            }
            originals.forEach((knob, o) -> {
                if (name.equals(o.tuner) && !knobs.containsKey(knob)) {
                    try {
                        knobs.put(knob, tuner.knob(knob, root));
                    } catch (KnobException k) {
                        notes.add(knob + ": saved original " + o.value + ", but " + k.describe());
                    }
                }
            });
            for (Knob k : knobs.values()) {
                out.put(k.name(), status(name, k, wanted.get(k.name()), originals.get(k.name())));
            }
        }
        return out;
    }

    private static KnobStatusDTO status(String tuner, Knob k, String wanted, OriginalsStore.Original original) {
        KnobStatusDTO s = new KnobStatusDTO();
        s.knob = k.name();
        s.tuner = tuner;
        s.path = k.path();
        s.wanted = wanted;
        s.original = original == null ? null : original.value;
        try {
            s.current = k.read();
            s.drift = wanted != null && !k.same(s.current, wanted);
        } catch (KnobException x) {
            s.error = x.describe();
        }
        return s;
    }

    static void fill(TuningStatusDTO dto, Map<String, Tuner> tuners, Map<String, KnobStatusDTO> knobs,
            OriginalsStore store) {
        dto.tuners.addAll(tuners.keySet());
        dto.knobs.addAll(knobs.values());
        store.knobs().forEach((knob, o) -> {
            if (!tuners.containsKey(o.tuner)) {
                dto.orphaned.add(knob + " (" + o.path + "): original " + o.value + ", plugin " + o.tuner
                        + " not running");
            }
        });
        dto.savedConfiguration.putAll(store.configuration());
        dto.active = store.active();
    }

    static VerifyDTO verify(Map<String, KnobStatusDTO> wantedKnobs) {
        VerifyDTO v = new VerifyDTO();
        for (KnobStatusDTO s : wantedKnobs.values()) {
            if (s.wanted == null) {
                continue;
            }
            v.checked++;
            if (s.error != null) {
                v.unreadable.add(s);
            } else if (s.drift) {
                v.drifted.add(s);
            }
        }
        v.ok = v.drifted.isEmpty() && v.unreadable.isEmpty();
        return v;
    }
}
