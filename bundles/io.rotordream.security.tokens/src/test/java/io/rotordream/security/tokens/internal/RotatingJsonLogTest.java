package io.rotordream.security.tokens.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class RotatingJsonLogTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void boundedOnDiskAndNewestFirst() throws Exception {
        Path file = tmp.getRoot().toPath().resolve("audit.log");
        RotatingJsonLog log = new RotatingJsonLog(file, 200, 2);
        for (int i = 0; i < 100; i++) {
            log.append("{\"n\":" + i + ",\"pad\":\"xxxxxxxxxxxxxxxxxxxx\"}");
        }
        long total = 0;
        try (var files = Files.list(tmp.getRoot().toPath())) {
            for (Path p : files.toList()) {
                total += Files.size(p);
            }
        }
        assertTrue("bounded: " + total, total <= 3 * 200);
        List<String> newest = log.newest(3);
        assertEquals(3, newest.size());
        assertTrue(newest.get(0).contains("\"n\":99"));
        assertTrue(newest.get(2).contains("\"n\":97"));
    }

    @Test
    public void tornLineIsSkipped() throws Exception {
        Path file = tmp.getRoot().toPath().resolve("audit.log");
        RotatingJsonLog log = new RotatingJsonLog(file, 10_000, 2);
        log.append("{\"n\":1}");
        Files.writeString(file, "{\"n\":2", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(List.of("{\"n\":1}"), log.newest(10));
    }
}
