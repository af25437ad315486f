package io.rotordream.alerts.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rotordream.platform.api.AtomicFiles;

/**
 * The alert history: one JSON line per state change appended to a file (a crash tears at most the
 * last line, which is skipped on reading), bounded: when the file holds twice the limit it is
 * rewritten atomically with the newest entries only.
 */
final class AlertHistory {

    private static final TypeReference<Map<String, Object>> ENTRY = new TypeReference<>() {
    };

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Deque<Map<String, Object>> entries = new ArrayDeque<>();
    private volatile int max;
    private int linesInFile;

    AlertHistory(Path file, int max) throws IOException {
        this.file = file;
        this.max = max;
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                linesInFile++;
                try {
                    entries.addLast(mapper.readValue(line, ENTRY));
                } catch (IOException torn) {
                    // the last line of a crash: skip it
                }
            }
            trim();
        }
    }

    synchronized void max(int max) {
        this.max = max;
        trim();
    }

    synchronized void add(Map<String, Object> entry) throws IOException {
        entries.addLast(entry);
        trim();
        Files.createDirectories(file.getParent());
        Files.writeString(file, mapper.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.DSYNC);
        if (++linesInFile >= 2 * max) {
            compact();
        }
    }

    private void trim() {
        while (entries.size() > max) {
            entries.removeFirst();
        }
    }

    private void compact() throws IOException {
        StringBuilder b = new StringBuilder();
        for (Map<String, Object> e : entries) {
            b.append(mapper.writeValueAsString(e)).append('\n');
        }
        AtomicFiles.writeString(file, b.toString());
        linesInFile = entries.size();
    }

    /** Newest first. */
    synchronized List<Map<String, Object>> newest(int limit) {
        List<Map<String, Object>> out = new ArrayList<>();
        var it = entries.descendingIterator();
        while (it.hasNext() && out.size() < limit) {
            out.add(it.next());
        }
        return out;
    }

    synchronized int size() {
        return entries.size();
    }
}
