package io.rotordream.tuner.cpu.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.rotordream.tuner.api.Knob;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.Wanted;
import io.rotordream.tuner.api.knobs.KnobFiles;

/** cpufreq knobs against a temp tree shaped like /sys/devices/system/cpu, and this VM without cpufreq. */
public class CpuTunerTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private final CpuTuner cpu = new CpuTuner(KnobFiles.SYSTEM);

    private Path tree(boolean cpufreq) throws IOException {
        Path root = tmp.getRoot().toPath();
        for (int n = 0; n < 2; n++) {
            Path c = Files.createDirectories(root.resolve("sys/devices/system/cpu/cpu" + n));
            if (cpufreq) {
                Path f = Files.createDirectories(c.resolve("cpufreq"));
                Files.writeString(f.resolve("scaling_governor"), "schedutil\n");
                Files.writeString(f.resolve("scaling_available_governors"), "performance powersave schedutil\n");
                Files.writeString(f.resolve("scaling_min_freq"), "800000\n");
                Files.writeString(f.resolve("scaling_max_freq"), "2400000\n");
                Files.writeString(f.resolve("cpuinfo_min_freq"), "800000\n");
                Files.writeString(f.resolve("cpuinfo_max_freq"), "3000000\n");
                Files.writeString(f.resolve("scaling_available_frequencies"), "800000 1600000 2400000 3000000\n");
            }
        }
        return root;
    }

    @Test
    public void governorAndLimitsOnEveryCpuRaisingTheMaximumFirst() throws Exception {
        Path root = tree(true);
        Wanted w = cpu.wanted(Map.of("governor", "performance", "min_freq_khz", 2_800_000, "max_freq_khz", 3_000_000), root);
        assertEquals(List.of("cpu.cpu0.governor", "cpu.cpu0.max_freq", "cpu.cpu0.min_freq", "cpu.cpu1.governor",
                "cpu.cpu1.max_freq", "cpu.cpu1.min_freq"), List.copyOf(w.knobs().keySet()));
        for (Map.Entry<String, String> e : w.knobs().entrySet()) {
            Knob k = cpu.knob(e.getKey(), root);
            k.write(k.normalize(e.getValue()));
            assertEquals(e.getValue(), k.read());
        }
        assertEquals(6, cpu.knobs(root).size());
    }

    @Test
    public void aGovernorTheCpuDoesNotOfferIsANoteAndAnExplicitOneIsRefused() throws Exception {
        Path root = tree(true);
        Wanted w = cpu.wanted(Map.of("governor", "ondemand"), root);
        assertTrue(w.knobs().isEmpty());
        assertTrue(w.notes().get(0), w.notes().get(0).contains("does not offer governor ondemand"));
        try {
            cpu.knob("cpu.cpu0.governor", root).normalize("ondemand");
            fail();
        } catch (KnobException e) {
            assertEquals(KnobException.Failure.INVALID_VALUE, e.failure());
        }
        try {
            cpu.knob("cpu.cpu0.max_freq", root).normalize("9000000");
            fail();
        } catch (KnobException e) {
            assertTrue(e.reason(), e.reason().contains("out of range"));
        }
        try {
            cpu.wanted(Map.of("governor", "performance", "cpus", new int[] { 7 }), root);
            fail();
        } catch (KnobException e) {
            assertEquals(KnobException.Failure.NO_SUCH_DEVICE, e.failure());
            assertEquals("cpu.cpu7", e.knob());
        }
    }

    @Test
    public void withoutCpufreqEverySettingIsANoteNotAFailure() throws Exception {
        Path root = tree(false);
        Wanted w = cpu.wanted(Map.of("governor", "performance"), root);
        assertTrue(w.knobs().isEmpty());
        assertTrue(w.notes().get(0), w.notes().get(0).startsWith("no cpufreq on this machine"));
        assertTrue(cpu.knobs(root).isEmpty());
        try {
            cpu.knob("cpu.cpu0.governor", root);
            fail();
        } catch (KnobException e) {
            assertEquals(KnobException.Failure.NO_SUCH_DEVICE, e.failure());
        }
    }

    /** What this machine says: a VM with CPUs under /sys and, here, no cpufreq. */
    @Test
    public void thisMachine() throws Exception {
        Path root = Path.of("/");
        assumeTrue(Files.isDirectory(root.resolve("sys/devices/system/cpu/cpu0")));
        Wanted w = cpu.wanted(Map.of("governor", "performance"), root);
        boolean cpufreq = Files.isDirectory(root.resolve("sys/devices/system/cpu/cpu0/cpufreq"));
        System.out.println("cpu plugin on this machine: cpufreq " + (cpufreq ? "present" : "absent") + ", knobs "
                + w.knobs() + ", notes " + w.notes());
        assertEquals(cpufreq, !w.knobs().isEmpty());
    }
}
