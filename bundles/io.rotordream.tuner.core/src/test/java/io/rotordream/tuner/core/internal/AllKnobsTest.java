package io.rotordream.tuner.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.rotordream.tuner.api.Tuner;
import io.rotordream.tuner.api.TuningException;
import io.rotordream.tuner.api.TuningRequest;
import io.rotordream.tuner.api.dto.KnobStatusDTO;
import io.rotordream.tuner.api.dto.TuningResultDTO;
import io.rotordream.tuner.api.dto.VerifyDTO;
import io.rotordream.tuner.api.knobs.Commands;
import io.rotordream.tuner.api.knobs.Values;
import io.rotordream.tuner.cpu.internal.CpuTuner;
import io.rotordream.tuner.disk.internal.DiskTuner;
import io.rotordream.tuner.net.internal.NetTuner;
import io.rotordream.tuner.vm.internal.VmTuner;

/**
 * Every file-backed knob of the real vm, cpu, disk and net plugins through the tuning service's
 * logic, against a temp tree shaped like /proc/sys and /sys: apply and read back, verify, drift,
 * revert to the originals, and a failure injected at the very last knob rolling back all the others.
 */
public class AllKnobsTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private Path root;
    private KernelFiles files;
    private FakeConfigService config;
    private Tuning tuning;

    @Before
    public void tree() throws IOException {
        root = tmp.newFolder("root").toPath();
        put("proc/sys/vm/swappiness", "60");
        put("proc/sys/vm/dirty_background_ratio", "10");
        put("proc/sys/vm/dirty_ratio", "20");
        put("proc/sys/vm/dirty_expire_centisecs", "3000");
        put("proc/sys/vm/dirty_writeback_centisecs", "500");
        for (int cpu = 0; cpu < 2; cpu++) {
            String f = "sys/devices/system/cpu/cpu" + cpu + "/cpufreq/";
            put(f + "scaling_governor", "schedutil");
            put(f + "scaling_available_governors", "performance powersave schedutil");
            put(f + "scaling_min_freq", "800000");
            put(f + "scaling_max_freq", "2400000");
            put(f + "cpuinfo_min_freq", "800000");
            put(f + "cpuinfo_max_freq", "3000000");
        }
        disk("vda", "none [mq-deadline] kyber bfq");
        disk("sdb", "[none] mq-deadline");
        put("sys/block/vda/queue/iosched/read_expire", "500");
        put("sys/block/vda/queue/iosched/write_expire", "5000");
        put("sys/block/vda/queue/iosched/writes_starved", "2");
        put("sys/block/vda/queue/iosched/fifo_batch", "16");
        put("proc/sys/net/core/rmem_max", "212992");
        put("proc/sys/net/core/wmem_max", "212992");
        put("proc/sys/net/ipv4/tcp_rmem", "4096\t131072\t6291456");
        put("proc/sys/net/ipv4/tcp_wmem", "4096\t16384\t4194304");
        put("proc/sys/net/core/netdev_max_backlog", "1000");
        put("proc/sys/net/core/busy_poll", "0");
        put("proc/sys/net/core/busy_read", "0");
        files = new KernelFiles();
        Map<String, Tuner> tuners = new LinkedHashMap<>();
        Commands none = argv -> {
            throw new IOException("no tools in this test");
        };
        tuners.put("cpu", new CpuTuner(files));
        tuners.put("vm", new VmTuner(files));
        tuners.put("disk", new DiskTuner(files, none));
        tuners.put("net", new NetTuner(files, ns -> none));
        config = new FakeConfigService()
                .pid("rotordream.tuner.cpu", Map.of("governor", "", "min_freq_khz", -1, "max_freq_khz", -1))
                .pid("rotordream.tuner.vm", Map.of("swappiness", -1, "dirty_background_ratio", -1, "dirty_ratio", -1,
                        "dirty_expire_centisecs", -1, "dirty_writeback_centisecs", -1))
                .pid("rotordream.tuner.disk", Map.of("io_scheduler", "", "read_ahead_kb", -1, "read_expire", -1,
                        "write_expire", -1, "writes_starved", -1, "fifo_batch", -1, "write_cache", ""))
                .pid("rotordream.tuner.net", Map.of("rmem_max", -1, "wmem_max", -1, "tcp_rmem", "", "tcp_wmem", "",
                        "netdev_max_backlog", -1, "busy_poll", -1, "busy_read", -1));
        tuning = new Tuning(config, new OriginalsStore(tmp.getRoot().toPath().resolve("state.json")), () -> root,
                () -> tuners);
    }

    private void put(String file, String value) throws IOException {
        Path f = root.resolve(file);
        Files.createDirectories(f.getParent());
        Files.writeString(f, value + "\n");
    }

    private void disk(String dev, String scheduler) throws IOException {
        Files.createDirectories(root.resolve("sys/block/" + dev + "/device"));
        put("sys/block/" + dev + "/queue/scheduler", scheduler);
        put("sys/block/" + dev + "/queue/read_ahead_kb", "128");
        put("sys/block/" + dev + "/queue/write_cache", "write back");
    }

    /** Every file under the root with its content (whitespace collapsed: the kernel prints tcp_rmem with tabs whatever was written). */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readString(p).trim().replaceAll("\\s+", " "));
            }
        }
        return out;
    }

    /** The seed's high_performance values for every knob. */
    private static TuningRequest everything() {
        TuningRequest r = new TuningRequest();
        r.change("rotordream.tuner.cpu", Map.of("governor", "performance", "min_freq_khz", 2_800_000, "max_freq_khz", 3_000_000));
        r.change("rotordream.tuner.vm", Map.of("swappiness", 10, "dirty_background_ratio", 5, "dirty_ratio", 25,
                "dirty_expire_centisecs", 1500, "dirty_writeback_centisecs", 1000));
        r.change("rotordream.tuner.disk", Map.of("io_scheduler", "deadline", "read_ahead_kb", 4096, "read_expire", 50,
                "write_expire", 250, "writes_starved", 1, "fifo_batch", 2, "write_cache", "write through"));
        r.change("rotordream.tuner.net", Map.of("rmem_max", 262144, "wmem_max", 262144, "tcp_rmem", "4096 65536 262144",
                "tcp_wmem", "4096 65536 262144", "netdev_max_backlog", 5000, "busy_poll", 50, "busy_read", 50));
        return r;
    }

    @Test
    public void everyKnobAppliesVerifiesDriftsAndReverts() throws IOException {
        Map<String, String> before = snapshot();
        TuningResultDTO result = tuning.apply(everything());
        List<String> knobs = result.plan.stream().map(c -> c.knob).toList();
        assertEquals("vda already runs mq-deadline: " + knobs, 6 + 5 + 13 + 7, knobs.size());
        VerifyDTO v = verify();
        assertTrue(v.drifted + " " + v.unreadable, v.ok);
        assertEquals(32, v.checked);
        assertEquals("4096 65536 262144", read("proc/sys/net/ipv4/tcp_rmem"));
        assertEquals("50", read("sys/block/sdb/queue/iosched/read_expire"));
        assertEquals("none [mq-deadline]", read("sys/block/sdb/queue/scheduler"));

        put("proc/sys/vm/swappiness", "60");
        put("sys/block/vda/queue/read_ahead_kb", "8192");
        put("sys/devices/system/cpu/cpu1/cpufreq/scaling_governor", "powersave");
        List<String> drifted = verify().drifted.stream().map(s -> s.knob).toList();
        assertEquals(List.of("cpu.cpu1.governor", "vm.swappiness", "disk.vda.read_ahead_kb"), drifted);

        tuning.revert(false);
        Map<String, String> after = snapshot();
        assertEquals("every file back to its original", before, after);
        assertTrue(tuning.store().knobs().isEmpty());
    }

    @Test
    public void aFailureAtTheLastKnobRollsBackEveryOther() throws IOException {
        Map<String, String> before = snapshot();
        files.failOn = root.resolve("proc/sys/net/core/busy_read");
        try {
            tuning.apply(everything());
            fail();
        } catch (TuningException e) {
            assertEquals("net.busy_read", e.part());
            assertEquals("every change before it", 30, e.rolledBack().size());
        }
        assertEquals(before, snapshot());
        assertTrue(config.writes.isEmpty());
    }

    @Test
    public void theStatusListsEveryKnobWithItsOriginal() throws IOException {
        tuning.apply(everything());
        List<String> notes = new ArrayList<>();
        Map<String, KnobStatusDTO> all = KnobReport.read(tuning.tunersForTest(), tuning::effective, root, tuning.store(),
                true, notes);
        KnobStatusDTO swappiness = all.get("vm.swappiness");
        assertEquals("10", swappiness.current);
        assertEquals("10", swappiness.wanted);
        assertEquals("60", swappiness.original);
        assertFalse(swappiness.drift);
        assertEquals("/proc/sys/vm/swappiness", swappiness.path);
        assertTrue(all.containsKey("disk.vda.write_cache"));
    }

    private VerifyDTO verify() {
        return KnobReport.verify(KnobReport.read(tuning.tunersForTest(), tuning::effective, root, tuning.store(), false,
                new ArrayList<>()));
    }

    private String read(String file) throws IOException {
        return Files.readString(root.resolve(file)).trim();
    }

    /** Files with block-queue scheduler semantics (the switch creates the deadline tunables), and an injected EINVAL. */
    static final class KernelFiles extends InjectedFiles {
        @Override
        public void write(Path file, String value) throws IOException {
            if (file.getFileName().toString().equals("scheduler")) {
                List<String> offered = Values.words(Files.readString(file));
                if (!offered.contains(value)) {
                    throw new IOException("Invalid argument");
                }
                StringBuilder sb = new StringBuilder();
                for (String s : offered) {
                    sb.append(sb.length() == 0 ? "" : " ").append(s.equals(value) ? "[" + s + "]" : s);
                }
                Files.writeString(file, sb + "\n");
                Path iosched = file.resolveSibling("iosched");
                if (value.equals("mq-deadline") && !Files.isDirectory(iosched)) {
                    Files.createDirectories(iosched);
                    for (String t : List.of("read_expire", "write_expire", "writes_starved", "fifo_batch")) {
                        Files.writeString(iosched.resolve(t), "1\n");
                    }
                } else if (!value.equals("mq-deadline") && Files.isDirectory(iosched)) {
                    try (Stream<Path> s = Files.list(iosched)) {
                        for (Path p : s.toList()) {
                            Files.delete(p);
                        }
                    }
                    Files.delete(iosched);
                }
                return;
            }
            super.write(file, value);
        }
    }
}
