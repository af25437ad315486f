package io.rotordream.security.tokens.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Append-only JSON lines, rotated by size ({@code name}, {@code name.1} ... {@code name.N}) so the
 * log never grows past (N+1) x max bytes. Each line is forced to disk before the call returns.
 */
final class RotatingJsonLog {

    private final Path file;
    private final long maxBytes;
    private final int keep;

    RotatingJsonLog(Path file, long maxBytes, int keep) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.keep = keep;
    }

    synchronized void append(String jsonLine) throws IOException {
        byte[] bytes = (jsonLine.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8);
        if (Files.exists(file) && Files.size(file) + bytes.length > maxBytes) {
            rotate();
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap(bytes));
            ch.force(false);
        }
    }

    private void rotate() throws IOException {
        Files.deleteIfExists(sibling(keep));
        for (int i = keep - 1; i >= 1; i--) {
            if (Files.exists(sibling(i))) {
                Files.move(sibling(i), sibling(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, sibling(1), StandardCopyOption.REPLACE_EXISTING);
    }

    private Path sibling(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }

    /** The newest lines first, at most {@code limit}; a torn last line (crash mid-write) is skipped. */
    synchronized List<String> newest(int limit) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = 0; i <= keep && out.size() < limit; i++) {
            Path p = i == 0 ? file : sibling(i);
            if (!Files.exists(p)) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("{") && line.endsWith("}")) {
                        lines.add(line);
                    }
                }
            }
            Collections.reverse(lines);
            for (String l : lines) {
                if (out.size() >= limit) {
                    break;
                }
                out.add(l);
            }
        }
        return out;
    }
}
