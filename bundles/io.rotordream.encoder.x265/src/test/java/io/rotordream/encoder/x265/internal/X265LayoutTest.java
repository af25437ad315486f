package io.rotordream.encoder.x265.internal;

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

/** Compiles x265_layout.c against the installed x265.h and checks every constant of {@link X265Layout}. */
public class X265LayoutTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void javaOffsetsMatchTheHeader() throws Exception {
        assumeTrue("gcc not installed", Files.isExecutable(Paths.get("/usr/bin/gcc")));
        assumeTrue("x265.h not installed", Files.exists(Paths.get("/usr/include/x265.h")));
        Path source = folder.getRoot().toPath().resolve("x265_layout.c");
        try (InputStream in = getClass().getResourceAsStream("/x265_layout.c")) {
            Files.copy(in, source);
        }
        Path binary = folder.getRoot().toPath().resolve("x265_layout");
        run("/usr/bin/gcc", "-o", binary.toString(), source.toString());
        Set<String> checked = new HashSet<>();
        for (String line : run(binary.toString()).split("\n")) {
            String[] nameValue = line.trim().split(" ");
            Field field = X265Layout.class.getDeclaredField(nameValue[0]);
            field.setAccessible(true);
            assertEquals(nameValue[0], Long.parseLong(nameValue[1]), ((Number) field.get(null)).longValue());
            checked.add(nameValue[0]);
        }
        for (Field field : X265Layout.class.getDeclaredFields()) {
            if (!field.isSynthetic()) {
                assertTrue(field.getName() + " is not checked by x265_layout.c", checked.contains(field.getName()));
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
