package io.rotordream.tuner.disk.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.rotordream.tuner.api.Knob;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.Wanted;
import io.rotordream.tuner.api.knobs.Commands;
import io.rotordream.tuner.api.knobs.KnobFiles;

/** Block-queue knobs against a temp tree shaped like /sys/block; mount options with a fake and a real mount. */
public class DiskTunerTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private Path root;
    private final List<List<String>> ran = new ArrayList<>();
    private DiskTuner disk;

    @Before
    public void tree() throws IOException {
        root = tmp.getRoot().toPath();
        SimulatedSysfs.disk(root, "vda", "none [mq-deadline] kyber bfq", true);
        SimulatedSysfs.disk(root, "nvme0n1", "[none] mq-deadline", false);
        Files.createDirectories(root.resolve("sys/block/loop0/queue")); // no hardware behind it
        Files.createDirectories(root.resolve("proc"));
        Files.writeString(root.resolve("proc/mounts"),
                "/dev/vda / ext4 rw,relatime,discard 0 0\n/dev/vdb /media/data ext4 rw,relatime 0 0\n");
        disk = new DiskTuner(new SimulatedSysfs(), argv -> {
            ran.add(argv);
            // what the kernel then shows for the remount
            String opts = argv.get(2).replace("remount,", "");
            Files.writeString(root.resolve("proc/mounts"), "/dev/vda / ext4 rw,relatime,discard 0 0\n"
                    + "/dev/vdb /media/data ext4 rw," + opts + " 0 0\n");
            return new Commands.Result(0, "", "");
        });
    }

    private void applyAll(Wanted w) throws KnobException {
        for (Map.Entry<String, String> e : w.knobs().entrySet()) {
            Knob k = disk.knob(e.getKey(), root);
            k.write(k.normalize(e.getValue()));
            assertTrue(e.getKey() + " reads back", k.same(k.read(), k.normalize(e.getValue())));
        }
    }

    @Test
    public void deadlineWithTheSeedsTunablesOnEveryDiskThatHasHardware() throws Exception {
        Wanted w = disk.wanted(Map.of("io_scheduler", "deadline", "read_expire", 50, "write_expire", 250,
                "writes_starved", 1, "fifo_batch", 2, "read_ahead_kb", 4096, "write_cache", "write through"), root);
        assertEquals(List.of("disk.nvme0n1.scheduler", "disk.nvme0n1.iosched.read_expire",
                "disk.nvme0n1.iosched.write_expire", "disk.nvme0n1.iosched.writes_starved",
                "disk.nvme0n1.iosched.fifo_batch", "disk.nvme0n1.read_ahead_kb", "disk.nvme0n1.write_cache",
                "disk.vda.scheduler", "disk.vda.iosched.read_expire", "disk.vda.iosched.write_expire",
                "disk.vda.iosched.writes_starved", "disk.vda.iosched.fifo_batch", "disk.vda.read_ahead_kb",
                "disk.vda.write_cache"), List.copyOf(w.knobs().keySet()));
        assertEquals("deadline is mq-deadline on blk-mq", "mq-deadline", w.knobs().get("disk.vda.scheduler"));
        Knob tunable = disk.knob("disk.nvme0n1.iosched.read_expire", root);
        assertEquals("absent until the scheduler switch creates it", IoschedKnob.ABSENT, tunable.read());
        applyAll(w);
        assertEquals("50", Files.readString(root.resolve("sys/block/nvme0n1/queue/iosched/read_expire")).trim());
        assertEquals("none [mq-deadline]", Files.readString(root.resolve("sys/block/nvme0n1/queue/scheduler")).trim());
        assertEquals(14, disk.knobs(root).size());
    }

    @Test
    public void switchingBackRemovesTheTunablesAndRestoringThemIsANoOp() throws Exception {
        applyAll(disk.wanted(Map.of("devices", new String[] { "nvme0n1" }, "io_scheduler", "mq-deadline",
                "read_expire", 50), root));
        Knob sched = disk.knob("disk.nvme0n1.scheduler", root);
        sched.write("none");
        Knob tunable = disk.knob("disk.nvme0n1.iosched.read_expire", root);
        tunable.write(IoschedKnob.ABSENT);
        assertTrue(tunable.same(tunable.read(), IoschedKnob.ABSENT));
        assertFalse(Files.exists(root.resolve("sys/block/nvme0n1/queue/iosched")));
    }

    @Test
    public void unofferedSchedulersAreNotesTunablesWithoutDeadlineToo() throws Exception {
        Wanted w = disk.wanted(Map.of("io_scheduler", "bfq", "read_expire", 50), root);
        assertEquals(Map.of("disk.vda.scheduler", "bfq"), w.knobs());
        assertTrue(w.notes().toString(), w.notes().toString().contains("nvme0n1 does not offer scheduler bfq"));
        assertTrue(w.notes().toString(), w.notes().toString().contains("read_expire is a deadline tunable"));
    }

    @Test
    public void refusalsNameTheKnob() throws Exception {
        try {
            disk.knob("disk.vda.scheduler", root).normalize("cfq");
            fail();
        } catch (KnobException e) {
            assertEquals(KnobException.Failure.INVALID_VALUE, e.failure());
            assertTrue(e.reason(), e.reason().contains("choices"));
        }
        try {
            disk.knob("disk.vda.scheduler", root).write("cfq");
            fail();
        } catch (KnobException e) {
            assertEquals("the simulated kernel refuses like the real one", "EINVAL", e.errno());
        }
        try {
            disk.wanted(Map.of("devices", new String[] { "sdz" }, "read_ahead_kb", 128), root);
            fail();
        } catch (KnobException e) {
            assertEquals(KnobException.Failure.NO_SUCH_DEVICE, e.failure());
            assertEquals("disk.sdz", e.knob());
        }
        try {
            disk.knob("disk.vda.nr_requests", root);
            fail();
        } catch (KnobException e) {
            assertEquals(KnobException.Failure.UNKNOWN_KNOB, e.failure());
        }
    }

    @Test
    public void mountOptionsAreAConfirmedRemount() throws Exception {
        Wanted w = disk.wanted(Map.of("mount_point", "/media/data", "mount_options", "noatime, commit=60"), root);
        Knob m = disk.knob("disk.mount[/media/data]", root);
        assertTrue(m.needsConfirmation());
        assertEquals("relatime,diratime,async,commit=5", m.read());
        String wanted = m.normalize(w.knobs().get("disk.mount[/media/data]"));
        assertEquals("noatime,commit=60", wanted);
        assertFalse(m.same(m.read(), wanted));
        m.write(wanted);
        assertEquals(List.of("mount", "-o", "remount,noatime,commit=60", "/media/data"), ran.get(0));
        assertTrue(m.same(m.read(), wanted));
        try {
            m.normalize("noatime,barrier=0");
            fail();
        } catch (KnobException e) {
            assertTrue(e.reason(), e.reason().contains("barrier=0"));
        }
        try {
            disk.knob("disk.mount[/nope]", root).read();
            fail();
        } catch (KnobException e) {
            assertEquals(KnobException.Failure.NO_SUCH_DEVICE, e.failure());
        }
    }

    /**
     * The real kernel: a tmpfs in a private mount namespace of a helper process (never the host's
     * mounts), its options changed with the real mount tool through nsenter and read back from the
     * helper's /proc/PID/mounts.
     */
    @Test
    public void realRemountInAPrivateMountNamespace() throws Exception {
        assumeTrue("needs root, unshare and nsenter", "root".equals(System.getProperty("user.name"))
                && Files.isExecutable(Path.of("/usr/bin/unshare")) && Files.isExecutable(Path.of("/usr/bin/nsenter")));
        Path dir = tmp.newFolder("mnt").toPath();
        Process helper = new ProcessBuilder("unshare", "--mount", "--propagation", "private", "sh", "-c",
                "mount -t tmpfs -o relatime rdtest " + dir + " && echo ready && sleep 60").start();
        try {
            String ready = new String(helper.getInputStream().readNBytes(6));
            assumeTrue("tmpfs mounted in the namespace", ready.startsWith("ready"));
            long pid = helper.children().findFirst().map(ProcessHandle::pid).orElse(helper.pid());
            Commands inNamespace = argv -> {
                List<String> full = new ArrayList<>(List.of("nsenter", "-t", Long.toString(pid), "-m"));
                full.addAll(argv);
                Process p = new ProcessBuilder(full).start();
                try {
                    p.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                return new Commands.Result(p.exitValue(), new String(p.getInputStream().readAllBytes()),
                        new String(p.getErrorStream().readAllBytes()));
            };
            MountKnob m = new MountKnob(dir.toString(), Path.of("/proc/" + pid + "/mounts"), inNamespace);
            String before = m.read();
            assertEquals("relatime,diratime,async", before);
            m.write(m.normalize("noatime,nodiratime"));
            assertEquals("noatime,nodiratime,async", m.read());
            m.write(before); // relatime back after noatime: the case util-linux alone gets wrong
            assertEquals(before, m.read());
            assertFalse("the host never sees it", Files.readString(Path.of("/proc/self/mounts")).contains(dir.toString()));
        } finally {
            helper.destroyForcibly();
            helper.children().forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    public void thisMachinesDisks() {
        List<String> disks = DiskTuner.disks(Path.of("/"));
        System.out.println("disks with hardware on this machine: " + disks + "; knobs "
                + disk.knobs(Path.of("/")).stream().map(Knob::name).toList());
        assertFalse(disks.stream().anyMatch(d -> d.startsWith("loop")));
    }
}
