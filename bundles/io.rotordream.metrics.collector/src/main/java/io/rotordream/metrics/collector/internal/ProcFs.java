package io.rotordream.metrics.collector.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads /proc and /sys below roots that tests can point elsewhere. */
final class ProcFs {

    private final Path proc;
    private final Path sys;

    ProcFs(Path proc, Path sys) {
        this.proc = proc;
        this.sys = sys;
    }

    static ProcFs real() {
        return new ProcFs(Path.of("/proc"), Path.of("/sys"));
    }

    Path proc(String relative) {
        return proc.resolve(relative);
    }

    Path sys(String relative) {
        return sys.resolve(relative);
    }

    /** The file's text, or {@code null} when it does not exist or cannot be read. */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    String procText(String relative) {
        return read(proc(relative));
    }

    String sysText(String relative) {
        return read(sys(relative));
    }

    /** Sorted entries of a directory; empty when it is missing. */
    static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }
}
