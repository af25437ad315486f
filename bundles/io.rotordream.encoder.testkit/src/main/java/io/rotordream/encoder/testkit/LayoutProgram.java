package io.rotordream.encoder.testkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Checks a backend's struct offsets, sizes and constants against the installed C headers: the
 * backend's own C program (a test resource) prints {@code name value} lines computed by the C
 * compiler with offsetof and sizeof, and the test compares them with what the Java side uses.
 * Each backend keeps its program and says what it expects.
 */
public final class LayoutProgram {

    public static final Path GCC = Paths.get("/usr/bin/gcc");

    private LayoutProgram() {
    }

    /** Whether gcc and {@code header} are installed (skip the test where not). */
    public static boolean canCompile(Path header) {
        return Files.isExecutable(GCC) && Files.isReadable(header);
    }

    /**
     * Copies the C program {@code resource} (found as {@code owner.getResourceAsStream} finds it)
     * into {@code directory}, compiles it with gcc and runs it.
     *
     * @return the {@code name value} pairs it printed, in its order; a failing compiler or program
     *         fails the test with its output
     */
    public static Map<String, Long> run(Class<?> owner, String resource, Path directory)
            throws IOException, InterruptedException {
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        Path source = directory.resolve(file);
        try (InputStream in = owner.getResourceAsStream(resource)) {
            assertTrue(resource + " is on the test class path", in != null);
            Files.copy(in, source);
        }
        Path binary = directory.resolve(file.replaceFirst("\\.c$", ""));
        execute(GCC.toString(), "-o", binary.toString(), source.toString());
        Map<String, Long> printed = new LinkedHashMap<>();
        for (String line : execute(binary.toString()).split("\n")) {
            if (!line.isBlank()) {
                String[] nameValue = line.trim().split(" ");
                printed.put(nameValue[0], Long.parseLong(nameValue[1]));
            }
        }
        return printed;
    }

    /** The static numeric constants {@code layout} declares, by field name. */
    public static Map<String, Long> constants(Class<?> layout) throws IllegalAccessException {
        Map<String, Long> constants = new LinkedHashMap<>();
        for (Field field : layout.getDeclaredFields()) {
            if (!field.isSynthetic() && Modifier.isStatic(field.getModifiers())
                    && (field.getType().isPrimitive() && field.getType() != boolean.class)) {
                field.setAccessible(true);
                constants.put(field.getName(), ((Number) field.get(null)).longValue());
            }
        }
        return constants;
    }

    /**
     * Every expected value is printed and equal, and every printed value is expected: a header
     * change or a constant nobody checks fails alike.
     */
    public static void assertSameLayout(String program, Map<String, Long> expected, Map<String, Long> printed) {
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            assertTrue(program + " prints " + e.getKey(), printed.containsKey(e.getKey()));
            assertEquals(e.getKey(), e.getValue(), printed.get(e.getKey()));
        }
        for (String name : printed.keySet()) {
            assertTrue(program + " prints " + name + ", which nobody checks", expected.containsKey(name));
        }
    }

    private static String execute(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(String.join(" ", command) + " timed out", process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(out, 0, process.exitValue());
        return out;
    }
}
