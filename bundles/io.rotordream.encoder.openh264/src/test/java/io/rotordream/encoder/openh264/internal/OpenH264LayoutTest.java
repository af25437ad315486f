package io.rotordream.encoder.openh264.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Compiles openh264_layout.c against the installed OpenH264 headers and checks every constant of {@link OpenH264Layout}. */
public class OpenH264LayoutTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void javaOffsetsMatchTheHeader() throws Exception {
        assumeTrue("gcc not installed", Files.isExecutable(Paths.get("/usr/bin/gcc")));
        assumeTrue("OpenH264 headers not installed", Files.exists(Paths.get("/usr/include/wels/codec_api.h")));
        Path source = folder.getRoot().toPath().resolve("openh264_layout.c");
        try (InputStream in = getClass().getResourceAsStream("/openh264_layout.c")) {
            Files.copy(in, source);
        }
        Path binary = folder.getRoot().toPath().resolve("openh264_layout");
        run("/usr/bin/gcc", "-o", binary.toString(), source.toString());
        Set<String> checked = new HashSet<>();
        for (String line : run(binary.toString()).split("\n")) {
            String[] nameValue = line.trim().split(" ");
            Field field = OpenH264Layout.class.getDeclaredField(nameValue[0]);
            field.setAccessible(true);
            assertEquals(nameValue[0], Long.parseLong(nameValue[1]), ((Number) field.get(null)).longValue());
            checked.add(nameValue[0]);
        }
        for (Field field : OpenH264Layout.class.getDeclaredFields()) {
            if (!field.isSynthetic()) {
                assertTrue(field.getName() + " is not checked by openh264_layout.c", checked.contains(field.getName()));
            }
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(String.join(" ", command) + " timed out", process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(out, 0, process.exitValue());
        return out;
    }
}
