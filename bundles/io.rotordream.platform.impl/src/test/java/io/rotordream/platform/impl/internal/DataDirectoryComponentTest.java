package io.rotordream.platform.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class DataDirectoryComponentTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void createsLayout() {
        Path home = tmp.getRoot().toPath().resolve("data");
        DataDirectoryComponent dir = new DataDirectoryComponent(home);
        assertTrue(Files.isDirectory(dir.etc()));
        assertTrue(Files.isDirectory(dir.state()));
        assertTrue(Files.isDirectory(dir.logs()));
        assertTrue(Files.isDirectory(dir.state("security")));
    }

    @Test
    public void defaultsToWorkingDirectory() {
        assertEquals(Path.of("rotordream-data").toAbsolutePath(), DataDirectoryComponent.resolveHome(null));
    }

    @Test(expected = IllegalArgumentException.class)
    public void refusesEscapingOwner() {
        new DataDirectoryComponent(tmp.getRoot().toPath()).state("../etc");
    }
}
