package io.rotordream.platform.api;

import static org.junit.Assert.assertEquals;

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
    }

    @Test
    public void concurrentWritersNeverTearTheFile() throws Exception {
        Path target = tmp.getRoot().toPath().resolve("shared.json");
        Thread[] writers = new Thread[4];
        for (int t = 0; t < writers.length; t++) {
            String content = ("writer" + t + ";").repeat(1000);
            writers[t] = new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    try {
                        AtomicFiles.writeString(target, content);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
            writers[t].start();
        }
        for (Thread w : writers) {
            w.join();
        }
        String last = Files.readString(target);
        assertEquals(last.substring(0, 8).repeat(1000).length(), last.length());
        try (var files = Files.list(tmp.getRoot().toPath())) {
            assertEquals("no temp file left behind", 1, files.count());
        }
    }

    @Test
    public void secretIsOwnerOnly() throws Exception {
        Path target = tmp.getRoot().toPath().resolve("admin.token");
        AtomicFiles.write(target, "secret".getBytes(), AtomicFiles.OWNER_ONLY);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }
}
