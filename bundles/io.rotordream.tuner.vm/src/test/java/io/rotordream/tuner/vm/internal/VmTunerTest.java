package io.rotordream.tuner.vm.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.rotordream.tuner.api.Knob;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.Wanted;
import io.rotordream.tuner.api.knobs.KnobFiles;

/** Every vm knob against a temp tree shaped like /proc/sys/vm, and the real kernel's refusal. */
public class VmTunerTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private Path root;
    private final VmTuner vm = new VmTuner(KnobFiles.SYSTEM);

    @Before
    public void tree() throws IOException {
        root = tmp.getRoot().toPath();
        Path dir = Files.createDirectories(root.resolve("proc/sys/vm"));
        Files.writeString(dir.resolve("swappiness"), "60\n");
        Files.writeString(dir.resolve("dirty_background_ratio"), "10\n");
        Files.writeString(dir.resolve("dirty_ratio"), "20\n");
        Files.writeString(dir.resolve("dirty_expire_centisecs"), "3000\n");
        Files.writeString(dir.resolve("dirty_writeback_centisecs"), "500\n");
        Files.writeString(dir.resolve("drop_caches"), "0\n");
    }

    @Test
    public void configurationBecomesKnobsAndMinusOneLeavesAKnobAlone() throws KnobException {
        Wanted w = vm.wanted(Map.of("swappiness", 10, "dirty_background_ratio", "5", "dirty_ratio", 20,
                "dirty_expire_centisecs", 1500, "dirty_writeback_centisecs", -1), root);
        assertEquals(Map.of("vm.swappiness", "10", "vm.dirty_background_ratio", "5", "vm.dirty_ratio", "20",
                "vm.dirty_expire_centisecs", "1500"), w.knobs());
        assertTrue(vm.wanted(Map.of(), root).knobs().isEmpty());
    }

    @Test
    public void everyKnobReadsWritesAndReadsBack() throws KnobException {
        List<Knob> knobs = vm.knobs(root);
        assertEquals(5, knobs.size());
        for (Knob k : knobs) {
            String before = k.read();
            k.write(k.normalize("7"));
            assertEquals(k.name(), "7", k.read());
            k.write(before);
            assertEquals(before, k.read());
            assertTrue(k.path().startsWith("/proc/sys/vm/"));
        }
    }

    @Test
    public void badValuesAndUnknownKnobsAreRefusedNamingThem() throws KnobException {
        try {
            vm.knob("vm.swappiness", root).normalize("201");
            fail();
        } catch (KnobException e) {
            assertEquals(KnobException.Failure.INVALID_VALUE, e.failure());
            assertEquals("vm.swappiness", e.knob());
        }
        try {
            vm.knob("vm.overcommit_memory", root);
            fail();
        } catch (KnobException e) {
            assertEquals(KnobException.Failure.UNKNOWN_KNOB, e.failure());
        }
        try {
            vm.wanted(Map.of("dirty_background_ratio", 30, "dirty_ratio", 20), root);
            fail();
        } catch (KnobException e) {
            assertEquals("vm.dirty_background_ratio", e.knob());
        }
    }

    @Test
    public void dropCachesIsAnActionWithADryRun() throws Exception {
        assertEquals("would write 3 to /proc/sys/vm/drop_caches", vm.run("drop_caches", "3", root, true));
        assertEquals("0", Files.readString(root.resolve("proc/sys/vm/drop_caches")).trim());
        vm.run("drop_caches", "1", root, false);
        assertEquals("1", Files.readString(root.resolve("proc/sys/vm/drop_caches")).trim());
        try {
            vm.run("drop_caches", "4", root, false);
            fail();
        } catch (KnobException e) {
            assertEquals(KnobException.Failure.INVALID_VALUE, e.failure());
        }
    }

    @Test
    public void aMissingFileIsNoSuchDevice() throws IOException {
        Files.delete(root.resolve("proc/sys/vm/swappiness"));
        try {
            vm.knob("vm.swappiness", root).read();
            fail();
        } catch (KnobException e) {
            assertEquals(KnobException.Failure.NO_SUCH_DEVICE, e.failure());
            assertEquals("ENOENT", e.errno());
        }
    }

    /** On this machine (root, /proc/sys writable): the kernel itself refuses a value with EINVAL and keeps its own. */
    @Test
    public void theRealKernelRefusesABadValueWithEinval() throws Exception {
        Path real = Path.of("/proc/sys/vm/swappiness");
        assumeTrue("needs root and /proc/sys", Files.isWritable(real) && "root".equals(System.getProperty("user.name")));
        Knob k = vm.knob("vm.swappiness", Path.of("/"));
        String before = k.read();
        try {
            k.write("not-a-number");
            fail("the kernel took 'not-a-number'");
        } catch (KnobException e) {
            assertEquals(KnobException.Failure.REFUSED, e.failure());
            assertEquals("EINVAL", e.errno());
        }
        assertEquals(before, k.read());
        k.write(before); // writable as root: writing the same value changes nothing
        assertEquals(before, k.read());
    }
}
