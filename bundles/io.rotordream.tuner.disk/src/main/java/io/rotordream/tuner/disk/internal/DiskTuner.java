package io.rotordream.tuner.disk.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.osgi.util.converter.Converters;

import io.rotordream.tuner.api.Knob;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.Tuner;
import io.rotordream.tuner.api.Wanted;
import io.rotordream.tuner.api.knobs.Commands;
import io.rotordream.tuner.api.knobs.FileKnob;
import io.rotordream.tuner.api.knobs.KnobFiles;
import io.rotordream.tuner.api.knobs.Values;

/**
 * The disk plugin: per block device the I/O scheduler, the deadline tunables, read-ahead and the
 * write cache mode (Documentation/block/queue-sysfs.rst, deadline-iosched.rst); mount options of
 * one mount as a change the operator confirms.
 */
public class DiskTuner implements Tuner {

    static final String NAME = "disk";
    /** Tunables of (mq-)deadline, applied in this order after the scheduler. */
    static final List<String> DEADLINE = List.of("read_expire", "write_expire", "writes_starved", "fifo_batch");
    private static final Pattern KNOB = Pattern.compile("disk\\.([A-Za-z0-9_.:-]+)\\.(scheduler|read_ahead_kb|write_cache|iosched\\.([a-z_]+))");
    private static final Pattern MOUNT = Pattern.compile("disk\\.mount\\[(/.*)]");

    private final KnobFiles io;
    private final Commands commands;

    public DiskTuner(KnobFiles io, Commands commands) {
        this.io = io;
        this.commands = commands;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String pid() {
        return DiskConfig.PID;
    }

    @Override
    public Set<String> placement() {
        return Set.of("devices", "mount_point");
    }

    @Override
    public Wanted wanted(Map<String, Object> configuration, Path root) throws KnobException {
        DiskConfig c = Converters.standardConverter().convert(configuration).to(DiskConfig.class);
        Wanted w = new Wanted();
        Map<String, Integer> tunables = new LinkedHashMap<>();
        tunables.put("read_expire", c.read__expire());
        tunables.put("write_expire", c.write__expire());
        tunables.put("writes_starved", c.writes__starved());
        tunables.put("fifo_batch", c.fifo__batch());
        boolean anyDevice = !c.io__scheduler().isEmpty() || c.read__ahead__kb() >= 0 || !c.write__cache().isEmpty()
                || tunables.values().stream().anyMatch(v -> v >= 0);
        if (anyDevice) {
            for (String dev : devices(c, root)) {
                device(w, c, tunables, dev, root);
            }
        }
        if (!c.mount__options().isBlank()) {
            if (c.mount__point().isBlank()) {
                throw KnobException.invalid("disk.mount_point", "mount_options need a mount_point");
            }
            w.set("disk.mount[" + c.mount__point() + "]", c.mount__options());
        }
        return w;
    }

    private List<String> devices(DiskConfig c, Path root) throws KnobException {
        List<String> present = disks(root);
        if (c.devices().length == 0) {
            return present;
        }
        List<String> out = new ArrayList<>();
        for (String d : c.devices()) {
            if (!Files.isDirectory(queue(root, d))) {
                throw new KnobException("disk." + d, KnobException.Failure.NO_SUCH_DEVICE, "ENODEV",
                        "no block device " + d + " (/sys/block/" + d + "/queue); disks: " + present);
            }
            out.add(d);
        }
        return out;
    }

    private void device(Wanted w, DiskConfig c, Map<String, Integer> tunables, String dev, Path root) {
        String prefix = "disk." + dev + ".";
        String current = Values.bracketed(List::of).parse(text(queue(root, dev).resolve("scheduler")));
        List<String> offered = Values.words(text(queue(root, dev).resolve("scheduler")));
        String scheduler = current;
        if (!c.io__scheduler().isEmpty()) {
            String wanted = c.io__scheduler();
            // "deadline" is the legacy name; blk-mq kernels (5.0+) only have mq-deadline
            if ("deadline".equals(wanted) && !offered.contains("deadline") && offered.contains("mq-deadline")) {
                wanted = "mq-deadline";
            }
            if (offered.contains(wanted)) {
                w.set(prefix + "scheduler", wanted);
                scheduler = wanted;
            } else {
                w.note(dev + " does not offer scheduler " + c.io__scheduler() + "; it offers " + offered);
            }
        }
        boolean deadline = "mq-deadline".equals(scheduler) || "deadline".equals(scheduler);
        for (Map.Entry<String, Integer> t : tunables.entrySet()) {
            if (t.getValue() < 0) {
                continue;
            }
            if (deadline) {
                w.set(prefix + "iosched." + t.getKey(), Integer.toString(t.getValue()));
            } else {
                w.note(t.getKey() + " is a deadline tunable; " + dev + " uses " + scheduler + ": not applied");
            }
        }
        if (c.read__ahead__kb() >= 0) {
            w.set(prefix + "read_ahead_kb", Integer.toString(c.read__ahead__kb()));
        }
        if (!c.write__cache().isEmpty()) {
            if (Files.exists(queue(root, dev).resolve("write_cache"))) {
                w.set(prefix + "write_cache", c.write__cache());
            } else {
                w.note(dev + " has no write_cache setting");
            }
        }
    }

    @Override
    public List<Knob> knobs(Path root) {
        List<Knob> out = new ArrayList<>();
        for (String dev : disks(root)) {
            for (String k : List.of("scheduler", "read_ahead_kb", "write_cache")) {
                FileKnob f = fileKnob(root, dev, k);
                if (Files.exists(f.file())) {
                    out.add(f);
                }
            }
            for (String t : DEADLINE) {
                if (Files.exists(queue(root, dev).resolve("iosched").resolve(t))) {
                    out.add(iosched(root, dev, t));
                }
            }
        }
        return out;
    }

    @Override
    public Knob knob(String name, Path root) throws KnobException {
        Matcher mount = MOUNT.matcher(name);
        if (mount.matches()) {
            return new MountKnob(mount.group(1), root.resolve("proc/mounts"), commands);
        }
        Matcher m = KNOB.matcher(name);
        if (!m.matches()) {
            throw KnobException.unknown(name, "disk knobs are disk.DEV.scheduler, read_ahead_kb, write_cache, "
                    + "iosched.TUNABLE and disk.mount[/MOUNT/POINT]");
        }
        String dev = m.group(1);
        if (!Files.isDirectory(queue(root, dev))) {
            throw new KnobException(name, KnobException.Failure.NO_SUCH_DEVICE, "ENODEV", "no block device " + dev);
        }
        if (m.group(3) != null) {
            if (!DEADLINE.contains(m.group(3))) {
                throw KnobException.unknown(name, "scheduler tunables the tuner sets: " + DEADLINE);
            }
            return iosched(root, dev, m.group(3));
        }
        return fileKnob(root, dev, m.group(2));
    }

    private FileKnob fileKnob(Path root, String dev, String k) {
        Path q = queue(root, dev);
        Values v = switch (k) {
            case "scheduler" -> Values.bracketed(() -> Values.words(text(q.resolve("scheduler"))));
            case "read_ahead_kb" -> Values.integer(0, 1_048_576);
            default -> Values.oneOf(List.of("write back", "write through"));
        };
        return new FileKnob("disk." + dev + "." + k, q.resolve(k), "/sys/block/" + dev + "/queue/" + k, v, io);
    }

    private IoschedKnob iosched(Path root, String dev, String t) {
        return new IoschedKnob("disk." + dev + ".iosched." + t, queue(root, dev).resolve("iosched").resolve(t),
                "/sys/block/" + dev + "/queue/iosched/" + t, io);
    }

    private static Path queue(Path root, String dev) {
        return root.resolve("sys/block").resolve(dev).resolve("queue");
    }

    /** Disks with hardware behind them: loop, ram, zram and device-mapper devices have no "device" link. */
    static List<String> disks(Path root) {
        try (Stream<Path> s = Files.list(root.resolve("sys/block"))) {
            return s.filter(p -> Files.exists(p.resolve("device")) && Files.isDirectory(p.resolve("queue")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String text(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }
}
