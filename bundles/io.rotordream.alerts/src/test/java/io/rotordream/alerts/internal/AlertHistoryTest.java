package io.rotordream.alerts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class AlertHistoryTest {

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void boundedPersistedAndTolerantOfATornLastLine() throws Exception {
        Path file = tmp.newFolder().toPath().resolve("history.jsonl");
        AlertHistory h = new AlertHistory(file, 10);
        for (int i = 0; i < 35; i++) {
            h.add(Map.of("n", i));
        }
        assertEquals(10, h.size());
        assertEquals(34, h.newest(1).get(0).get("n"));
        assertTrue("compacted: " + Files.readAllLines(file).size(), Files.readAllLines(file).size() < 20);
        Files.writeString(file, "{\"n\":99, \"torn", StandardOpenOption.APPEND);
        AlertHistory again = new AlertHistory(file, 10);
        assertEquals(10, again.size());
        assertEquals(34, again.newest(1).get(0).get("n"));
    }
}
