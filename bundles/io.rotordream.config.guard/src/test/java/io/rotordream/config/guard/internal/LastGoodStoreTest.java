package io.rotordream.config.guard.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class LastGoodStoreTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static Map<String, Object> config(long port, String... hosts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("port", port);
        m.put("enabled", true);
        m.put("hosts", hosts);
        return m;
    }

    @Test
    public void anUnchangedConfigurationIsNotWrittenAgainEvenByANewStore() throws Exception {
        Path dir = tmp.getRoot().toPath();
        new LastGoodStore(dir).remember("rotordream.x", config(8554, "a", "b"));
        Path file = dir.resolve("rotordream.x.json");
        Object written = identity(file);

        // a restart: a new store, the same checked configuration delivered again
        new LastGoodStore(dir).remember("rotordream.x", config(8554, "a", "b"));
        assertEquals(written, identity(file));
    }

    @Test
    public void aChangedConfigurationReplacesTheFileAndReadsBackAsJson() throws Exception {
        Path dir = tmp.getRoot().toPath();
        new LastGoodStore(dir).remember("rotordream.x", config(8554, "a"));
        Path file = dir.resolve("rotordream.x.json");
        Object before = identity(file);

        new LastGoodStore(dir).remember("rotordream.x", config(9000, "a"));
        assertNotEquals(before, identity(file));
        Map<String, Object> back = new LastGoodStore(dir).get("rotordream.x");
        assertEquals(9000, back.get("port"));
        assertEquals(true, back.get("enabled"));
        assertEquals(List.of("a"), back.get("hosts"));
    }

    @Test
    public void aForgottenPidHasNoLastGoodConfiguration() throws Exception {
        LastGoodStore store = new LastGoodStore(tmp.getRoot().toPath());
        store.remember("rotordream.x", config(8554));
        store.forget("rotordream.x");
        assertNull(store.get("rotordream.x"));
        assertNull(new LastGoodStore(tmp.getRoot().toPath()).get("rotordream.x"));
    }

    /** The file's inode: an atomic write renames a new file into place, so a rewrite changes it. */
    private static Object identity(Path file) throws Exception {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }
}
