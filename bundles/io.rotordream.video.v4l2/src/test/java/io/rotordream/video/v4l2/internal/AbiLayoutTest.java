package io.rotordream.video.v4l2.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Compiles v4l2_abi.c against the installed linux/videodev2.h and checks every struct size, field
 * offset, ioctl request and constant the Java side hard-codes. Skipped without gcc or the headers.
 */
public class AbiLayoutTest {
    private static final List<Class<?>> CHECKED = List.of(Abi.class, Posix.class, V4l2.class);

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void everyLayoutRequestAndConstantMatchesTheKernelHeaders() throws Exception {
        Assume.assumeTrue("gcc is not installed", run(List.of("gcc", "--version"), null) != null);
        Assume.assumeTrue("no kernel headers", Files.exists(Path.of("/usr/include/linux/videodev2.h")));
        Assume.assumeTrue("layouts are for LP64 x86_64/arm64", List.of("amd64", "x86_64", "aarch64")
                .contains(System.getProperty("os.arch")));

        Path src = tmp.getRoot().toPath().resolve("v4l2_abi.c");
        try (InputStream in = getClass().getResourceAsStream("v4l2_abi.c")) {
            Files.copy(in, src);
        }
        Path exe = tmp.getRoot().toPath().resolve("v4l2_abi");
        String compiled = run(List.of("gcc", "-Wall", "-Werror", "-o", exe.toString(), src.toString()), null);
        assertEquals("gcc output", "", compiled);
        String out = run(List.of(exe.toString()), null);

        List<String> wrong = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        int lines = 0;
        for (String line : out.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            lines++;
            String[] nameValue = line.trim().split(" ");
            String[] classField = nameValue[0].split("\\.");
            long expected = Long.parseLong(nameValue[1]);
            Field f = Class.forName(getClass().getPackageName() + "." + classField[0]).getDeclaredField(classField[1]);
            f.setAccessible(true);
            long actual = f.getType() == long.class ? f.getLong(null) : Integer.toUnsignedLong(f.getInt(null));
            if (actual != expected) {
                wrong.add(nameValue[0] + ": Java " + actual + " (0x" + Long.toHexString(actual) + "), C " + expected
                        + " (0x" + Long.toHexString(expected) + ")");
            }
            seen.add(nameValue[0]);
        }
        assertEquals("mismatches", List.of(), wrong);
        assertTrue("the C program printed nothing", lines > 100);

        List<String> unchecked = new ArrayList<>();
        for (Class<?> c : CHECKED) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) && Modifier.isFinal(m) && (f.getType() == int.class || f.getType() == long.class)
                        && !seen.contains(c.getSimpleName() + "." + f.getName())) {
                    unchecked.add(c.getSimpleName() + "." + f.getName());
                }
            }
        }
        assertEquals("constants v4l2_abi.c does not check", List.of(), unchecked);
    }

    @Test
    public void requestCodesFollowTheIocMacros() {
        // asm-generic/ioctl.h: _IOR('V', 0, 104 bytes) = 2<<30 | 104<<16 | 'V'<<8 | 0
        assertEquals(0x80685600L, V4l2.VIDIOC_QUERYCAP);
        assertEquals(0x40045612L, V4l2.VIDIOC_STREAMON);
        assertEquals(0xc0585611L, V4l2.VIDIOC_DQBUF);
    }

    /** @return stdout+stderr, or null when the program cannot be started */
    private static String run(List<String> command, Path dir) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError(command + " did not finish");
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new AssertionError(command + " exited with " + p.exitValue() + ": " + text);
            }
            return text;
        } catch (IOException e) {
            return null;
        }
    }
}
