package io.rotordream.tuner.core.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.rotordream.tuner.api.Knob;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.Tuner;
import io.rotordream.tuner.api.Wanted;
import io.rotordream.tuner.api.knobs.FileKnob;
import io.rotordream.tuner.api.knobs.KnobFiles;
import io.rotordream.tuner.api.knobs.Values;

/**
 * A test plugin: each configuration key is a file under {@code proc/sys/<name>/}, 0..1000, and -1
 * (or absent) leaves it as it is.
 */
final class FileTuner implements Tuner {

    private final String name;
    private final List<String> keys;
    private final KnobFiles io;

    FileTuner(String name, List<String> keys, KnobFiles io) {
        this.name = name;
        this.keys = keys;
        this.io = io;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String pid() {
        return "rotordream.tuner." + name;
    }

    @Override
    public Wanted wanted(Map<String, Object> configuration, Path root) {
        Wanted w = new Wanted();
        for (String k : keys) {
            Object v = configuration.get(k);
            if (v != null && !"-1".equals(String.valueOf(v))) {
                w.set(name + "." + k, String.valueOf(v));
            }
        }
        return w;
    }

    @Override
    public List<Knob> knobs(Path root) {
        List<Knob> out = new ArrayList<>();
        for (String k : keys) {
            out.add(file(k, root));
        }
        return out;
    }

    @Override
    public Knob knob(String knob, Path root) throws KnobException {
        String k = knob.substring(name.length() + 1);
        if (!knob.startsWith(name + ".") || !keys.contains(k)) {
            throw KnobException.unknown(knob, "unknown");
        }
        return file(k, root);
    }

    private Knob file(String k, Path root) {
        return new FileKnob(name + "." + k, root.resolve("proc/sys").resolve(name).resolve(k), "/proc/sys/" + name + "/" + k,
                Values.integer(0, 1000), io);
    }
}
