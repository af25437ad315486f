package io.rotordream.tuner.profiles.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.rotordream.tuner.api.ProfileService;
import io.rotordream.tuner.api.TuningException;

/**
 * The configurations a profile pushes, and the component names that stand for them: the seed's
 * coarse ones (cpu, memory, storage, network, video) and one per configuration.
 */
final class Parts {

    static final String CPU = "rotordream.tuner.cpu";
    static final String SCHEDULER = "rotordream.tuner.scheduler";
    static final String VM = "rotordream.tuner.vm";
    static final String DISK = "rotordream.tuner.disk";
    static final String NET = "rotordream.tuner.net";
    static final String QOS = "rotordream.tuner.qos";
    static final String ENCODER = "rotordream.camera.encoding";
    static final String CAPTURE = "rotordream.camera.capture";
    static final String THREADS = "rotordream.pipeline.threads";
    static final String POOLS = "rotordream.memory.pools";
    static final String RTSP = "rotordream.streaming.rtsp";

    /** Tuner PIDs: a profile sets every key it manages there, so a setting it lacks goes back to its original. */
    static final Set<String> TUNERS = Set.of(CPU, SCHEDULER, VM, DISK, NET, QOS);

    private static final Map<String, List<String>> COMPONENTS = new LinkedHashMap<>();

    static {
        COMPONENTS.put("cpu", List.of(CPU, SCHEDULER, THREADS));
        COMPONENTS.put("memory", List.of(VM, POOLS));
        COMPONENTS.put("storage", List.of(DISK));
        COMPONENTS.put("network", List.of(NET, QOS, RTSP));
        COMPONENTS.put("video", List.of(ENCODER, CAPTURE, THREADS));
        COMPONENTS.put("scheduler", List.of(SCHEDULER));
        COMPONENTS.put("vm", List.of(VM));
        COMPONENTS.put("disk", List.of(DISK));
        COMPONENTS.put("net", List.of(NET));
        COMPONENTS.put("qos", List.of(QOS));
        COMPONENTS.put("encoder", List.of(ENCODER));
        COMPONENTS.put("capture", List.of(CAPTURE));
        COMPONENTS.put("pipeline_threads", List.of(THREADS));
        COMPONENTS.put("memory_pools", List.of(POOLS));
        COMPONENTS.put("streaming", List.of(RTSP));
        assert COMPONENTS.keySet().equals(new LinkedHashSet<>(ProfileService.COMPONENTS));
    }

    private Parts() {
    }

    /** @param components names; empty means all */
    static Set<String> of(List<String> components) {
        Set<String> out = new LinkedHashSet<>();
        if (components == null || components.isEmpty()) {
            COMPONENTS.values().forEach(out::addAll);
            return out;
        }
        for (String c : components) {
            List<String> pids = COMPONENTS.get(c);
            if (pids == null) {
                throw new TuningException(TuningException.Kind.INVALID, "components", "components", null,
                        "unknown component '" + c + "'; components: " + COMPONENTS.keySet(), List.of());
            }
            out.addAll(pids);
        }
        return out;
    }
}
