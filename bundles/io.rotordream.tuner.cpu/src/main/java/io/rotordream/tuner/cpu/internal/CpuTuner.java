package io.rotordream.tuner.cpu.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.osgi.util.converter.Converters;

import io.rotordream.tuner.api.Knob;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.Tuner;
import io.rotordream.tuner.api.Wanted;
import io.rotordream.tuner.api.knobs.FileKnob;
import io.rotordream.tuner.api.knobs.KnobFiles;
import io.rotordream.tuner.api.knobs.Values;

/**
 * The cpu plugin: governor and frequency limits per CPU through sysfs cpufreq
 * (Documentation/admin-guide/pm/cpufreq.rst). A machine without cpufreq (most VMs) gets a note per
 * setting instead of a failure, so a profile still applies there.
 */
public class CpuTuner implements Tuner {

    static final String NAME = "cpu";
    private static final Pattern KNOB = Pattern.compile("cpu\\.cpu([0-9]+)\\.(governor|min_freq|max_freq|setspeed)");
    private static final String CPUS = "sys/devices/system/cpu";

    private final KnobFiles io;

    public CpuTuner(KnobFiles io) {
        this.io = io;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String pid() {
        return CpuConfig.PID;
    }

    @Override
    public Set<String> placement() {
        return Set.of("cpus");
    }

    @Override
    public Wanted wanted(Map<String, Object> configuration, Path root) throws KnobException {
        CpuConfig c = Converters.standardConverter().convert(configuration).to(CpuConfig.class);
        Wanted w = new Wanted();
        boolean any = !c.governor().isEmpty() || c.min__freq__khz() >= 0 || c.max__freq__khz() >= 0
                || c.set__speed__khz() >= 0;
        if (!any) {
            return w;
        }
        List<Integer> all = cpus(root);
        List<Integer> chosen = new ArrayList<>();
        if (c.cpus().length == 0) {
            chosen.addAll(all);
        } else {
            for (int cpu : c.cpus()) {
                if (!all.contains(cpu)) {
                    throw new KnobException("cpu.cpu" + cpu, KnobException.Failure.NO_SUCH_DEVICE, "ENOENT",
                            "no CPU " + cpu + " under /" + CPUS + "; CPUs: " + all);
                }
                chosen.add(cpu);
            }
        }
        List<Integer> scaled = chosen.stream().filter(cpu -> Files.isDirectory(freq(root, cpu))).toList();
        if (scaled.isEmpty()) {
            w.note("no cpufreq on this machine (/" + CPUS + "/cpu" + (chosen.isEmpty() ? 0 : chosen.get(0))
                    + "/cpufreq is absent; the hypervisor or firmware sets the frequency): " + describe(c) + " not applied");
            return w;
        }
        if (scaled.size() < chosen.size()) {
            w.note("CPUs without cpufreq left alone: " + chosen.stream().filter(x -> !scaled.contains(x)).toList());
        }
        for (int cpu : scaled) {
            String prefix = "cpu.cpu" + cpu + ".";
            if (!c.governor().isEmpty()) {
                List<String> offered = offered(root, cpu);
                if (offered.contains(c.governor())) {
                    w.set(prefix + "governor", c.governor());
                } else {
                    w.note("cpu" + cpu + " does not offer governor " + c.governor() + "; it offers " + offered);
                }
            }
            // The kernel refuses a minimum above the current maximum (and the reverse): when the
            // limits move up, the maximum goes first.
            long currentMax = number(root, cpu, "scaling_max_freq");
            boolean maxFirst = c.min__freq__khz() >= 0 && c.min__freq__khz() > currentMax;
            if (maxFirst && c.max__freq__khz() >= 0) {
                w.set(prefix + "max_freq", Integer.toString(c.max__freq__khz()));
            }
            if (c.min__freq__khz() >= 0) {
                w.set(prefix + "min_freq", Integer.toString(c.min__freq__khz()));
            }
            if (!maxFirst && c.max__freq__khz() >= 0) {
                w.set(prefix + "max_freq", Integer.toString(c.max__freq__khz()));
            }
            if (c.set__speed__khz() >= 0) {
                w.set(prefix + "setspeed", Integer.toString(c.set__speed__khz()));
            }
        }
        return w;
    }

    private static String describe(CpuConfig c) {
        List<String> parts = new ArrayList<>();
        if (!c.governor().isEmpty()) {
            parts.add("governor " + c.governor());
        }
        if (c.min__freq__khz() >= 0) {
            parts.add("min " + c.min__freq__khz() + " kHz");
        }
        if (c.max__freq__khz() >= 0) {
            parts.add("max " + c.max__freq__khz() + " kHz");
        }
        if (c.set__speed__khz() >= 0) {
            parts.add("setspeed " + c.set__speed__khz() + " kHz");
        }
        return String.join(", ", parts);
    }

    @Override
    public List<Knob> knobs(Path root) {
        List<Knob> out = new ArrayList<>();
        for (int cpu : cpus(root)) {
            if (!Files.isDirectory(freq(root, cpu))) {
                continue;
            }
            for (String k : List.of("governor", "min_freq", "max_freq", "setspeed")) {
                FileKnob knob = fileKnob(root, cpu, k);
                if (Files.exists(knob.file())) {
                    out.add(knob);
                }
            }
        }
        return out;
    }

    @Override
    public Knob knob(String name, Path root) throws KnobException {
        Matcher m = KNOB.matcher(name);
        if (!m.matches()) {
            throw KnobException.unknown(name, "cpu knobs are cpu.cpuN.governor, min_freq, max_freq, setspeed");
        }
        int cpu = Integer.parseInt(m.group(1));
        if (!Files.isDirectory(root.resolve(CPUS).resolve("cpu" + cpu))) {
            throw new KnobException(name, KnobException.Failure.NO_SUCH_DEVICE, "ENOENT", "no CPU " + cpu);
        }
        if (!Files.isDirectory(freq(root, cpu))) {
            throw new KnobException(name, KnobException.Failure.NO_SUCH_DEVICE, "ENOENT",
                    "cpu" + cpu + " has no cpufreq (/" + CPUS + "/cpu" + cpu + "/cpufreq is absent)");
        }
        return fileKnob(root, cpu, m.group(2));
    }

    private FileKnob fileKnob(Path root, int cpu, String knob) {
        String file = switch (knob) {
            case "governor" -> "scaling_governor";
            case "min_freq" -> "scaling_min_freq";
            case "max_freq" -> "scaling_max_freq";
            default -> "scaling_setspeed";
        };
        long hwMin = number(root, cpu, "cpuinfo_min_freq");
        long hwMax = number(root, cpu, "cpuinfo_max_freq");
        Values values = "governor".equals(knob) ? Values.bracketed(() -> offered(root, cpu))
                : Values.integer(Math.max(0, hwMin), hwMax > 0 ? hwMax : Long.MAX_VALUE);
        return new FileKnob("cpu.cpu" + cpu + "." + knob, freq(root, cpu).resolve(file),
                "/" + CPUS + "/cpu" + cpu + "/cpufreq/" + file, values, io);
    }

    private static Path freq(Path root, int cpu) {
        return root.resolve(CPUS).resolve("cpu" + cpu).resolve("cpufreq");
    }

    static List<Integer> cpus(Path root) {
        try (Stream<Path> s = Files.list(root.resolve(CPUS))) {
            return new ArrayList<>(s.map(p -> p.getFileName().toString()).filter(n -> n.matches("cpu[0-9]+"))
                    .map(n -> Integer.parseInt(n.substring(3))).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<String> offered(Path root, int cpu) {
        try {
            return Values.words(Files.readString(freq(root, cpu).resolve("scaling_available_governors")));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long number(Path root, int cpu, String file) {
        try {
            return Long.parseLong(Files.readString(freq(root, cpu).resolve(file)).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }
}
