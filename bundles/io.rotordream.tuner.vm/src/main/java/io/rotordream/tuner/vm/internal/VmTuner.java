package io.rotordream.tuner.vm.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.util.converter.Converters;

import io.rotordream.tuner.api.Knob;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.Tuner;
import io.rotordream.tuner.api.Wanted;
import io.rotordream.tuner.api.knobs.FileKnob;
import io.rotordream.tuner.api.knobs.KnobFiles;
import io.rotordream.tuner.api.knobs.Values;

/** The vm plugin: /proc/sys/vm swappiness and dirty writeback; drop_caches as an action only. */
public class VmTuner implements Tuner {

    static final String NAME = "vm";
    /** Knob (without the "vm." prefix) to its range, in the order they are applied. */
    private static final Map<String, Values> KNOBS = new LinkedHashMap<>();

    static {
        KNOBS.put("swappiness", Values.integer(0, 200));
        KNOBS.put("dirty_background_ratio", Values.integer(0, 100));
        KNOBS.put("dirty_ratio", Values.integer(0, 100));
        KNOBS.put("dirty_expire_centisecs", Values.integer(0, Integer.MAX_VALUE));
        KNOBS.put("dirty_writeback_centisecs", Values.integer(0, Integer.MAX_VALUE));
    }

    private final KnobFiles io;

    public VmTuner(KnobFiles io) {
        this.io = io;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String pid() {
        return VmConfig.PID;
    }

    @Override
    public Wanted wanted(Map<String, Object> configuration, Path root) throws KnobException {
        VmConfig c = Converters.standardConverter().convert(configuration).to(VmConfig.class);
        if (c.dirty__background__ratio() >= 0 && c.dirty__ratio() >= 0
                && c.dirty__background__ratio() >= c.dirty__ratio()) {
            // The kernel takes it but silently uses half of dirty_ratio instead (mm/page-writeback.c).
            throw KnobException.invalid("vm.dirty_background_ratio", c.dirty__background__ratio()
                    + " must be below dirty_ratio " + c.dirty__ratio() + ", or the kernel uses half of dirty_ratio");
        }
        Wanted w = new Wanted();
        set(w, "swappiness", c.swappiness());
        set(w, "dirty_background_ratio", c.dirty__background__ratio());
        set(w, "dirty_ratio", c.dirty__ratio());
        set(w, "dirty_expire_centisecs", c.dirty__expire__centisecs());
        set(w, "dirty_writeback_centisecs", c.dirty__writeback__centisecs());
        return w;
    }

    private static void set(Wanted w, String knob, int value) {
        if (value >= 0) {
            w.set(NAME + "." + knob, Integer.toString(value));
        }
    }

    @Override
    public List<Knob> knobs(Path root) {
        List<Knob> out = new ArrayList<>();
        for (String k : KNOBS.keySet()) {
            FileKnob knob = fileKnob(k, root);
            if (Files.exists(knob.file())) {
                out.add(knob);
            }
        }
        return out;
    }

    @Override
    public Knob knob(String name, Path root) throws KnobException {
        String k = name.startsWith(NAME + ".") ? name.substring(NAME.length() + 1) : "";
        if (!KNOBS.containsKey(k)) {
            throw KnobException.unknown(name, "the vm plugin tunes " + KNOBS.keySet());
        }
        return fileKnob(k, root);
    }

    private FileKnob fileKnob(String k, Path root) {
        return new FileKnob(NAME + "." + k, root.resolve("proc/sys/vm").resolve(k), "/proc/sys/vm/" + k, KNOBS.get(k), io);
    }

    @Override
    public List<String> actions() {
        return List.of("drop_caches");
    }

    /** drop_caches: 1 page cache, 2 dentries and inodes, 3 both (Documentation/admin-guide/sysctl/vm.rst). */
    @Override
    public String run(String action, String argument, Path root, boolean dryRun) throws KnobException {
        if (!"drop_caches".equals(action)) {
            return Tuner.super.run(action, argument, root, dryRun);
        }
        String level = Values.oneOf(List.of("1", "2", "3")).normalize("vm.drop_caches", argument == null ? "" : argument);
        FileKnob knob = new FileKnob("vm.drop_caches", root.resolve("proc/sys/vm/drop_caches"), "/proc/sys/vm/drop_caches",
                Values.oneOf(List.of("1", "2", "3")), io);
        if (dryRun) {
            return "would write " + level + " to /proc/sys/vm/drop_caches";
        }
        knob.write(level);
        // Only clean pages go: dirty ones stay until writeback, so this never loses data.
        return "wrote " + level + " to /proc/sys/vm/drop_caches";
    }
}
