package io.rotordream.platform.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class AtomicFilesTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void replacesContentAndLeavesNoTempFile() throws Exception {
        Path target = tmp.getRoot().toPath().resolve("sub/state.json");
        AtomicFiles.writeString(target, "one");
        AtomicFiles.writeString(target, "two");
        assertEquals("two", Files.readString(target));
        try (var files = Files.list(target.getParent())) {
            assertEquals(1, files.count());
        }
        assertFalse(Files.exists(target.getParent().resolve(".state.json.tmp")));
    }

    @Test
    public void secretIsOwnerOnly() throws Exception {
        Path target = tmp.getRoot().toPath().resolve("admin.token");
        AtomicFiles.write(target, "secret".getBytes(), AtomicFiles.OWNER_ONLY);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }
}
