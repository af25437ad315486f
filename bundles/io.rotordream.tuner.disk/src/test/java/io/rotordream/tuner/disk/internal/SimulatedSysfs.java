package io.rotordream.tuner.disk.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.rotordream.tuner.api.knobs.KnobFiles;
import io.rotordream.tuner.api.knobs.Values;

/**
 * Real files that behave like block-queue sysfs where it matters: a scheduler file takes only an
 * offered name (else EINVAL) and shows it bracketed, and switching to mq-deadline creates its
 * iosched tunables while switching away removes them.
 */
public final class SimulatedSysfs implements KnobFiles {

    @Override
    public String read(Path file) throws IOException {
        return SYSTEM.read(file);
    }

    @Override
    public void write(Path file, String value) throws IOException {
        if (file.getFileName().toString().equals("scheduler")) {
            List<String> offered = Values.words(Files.readString(file));
            if (!offered.contains(value)) {
                throw new IOException("Invalid argument");
            }
            StringBuilder sb = new StringBuilder();
            for (String s : offered) {
                sb.append(sb.length() == 0 ? "" : " ").append(s.equals(value) ? "[" + s + "]" : s);
            }
            Files.writeString(file, sb + "\n");
            Path iosched = file.resolveSibling("iosched");
            if (value.equals("mq-deadline")) {
                Files.createDirectories(iosched);
                for (String[] t : new String[][] { { "read_expire", "500" }, { "write_expire", "5000" },
                        { "writes_starved", "2" }, { "fifo_batch", "16" } }) {
                    Files.writeString(iosched.resolve(t[0]), t[1] + "\n");
                }
            } else if (Files.isDirectory(iosched)) {
                try (var s = Files.list(iosched)) {
                    for (Path p : s.toList()) {
                        Files.delete(p);
                    }
                }
                Files.delete(iosched);
            }
            return;
        }
        SYSTEM.write(file, value);
    }

    /** A disk under root/sys/block with hardware behind it. */
    public static void disk(Path root, String dev, String scheduler, boolean rotational) throws IOException {
        Path d = root.resolve("sys/block").resolve(dev);
        Files.createDirectories(d.resolve("device"));
        Path q = Files.createDirectories(d.resolve("queue"));
        Files.writeString(q.resolve("scheduler"), scheduler + "\n");
        Files.writeString(q.resolve("read_ahead_kb"), "128\n");
        Files.writeString(q.resolve("write_cache"), "write back\n");
        Files.writeString(q.resolve("rotational"), (rotational ? "1" : "0") + "\n");
        if (scheduler.contains("[mq-deadline]")) {
            new SimulatedSysfs().write(q.resolve("scheduler"), "mq-deadline");
        }
    }
}
