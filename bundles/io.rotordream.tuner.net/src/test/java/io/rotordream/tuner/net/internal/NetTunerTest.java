package io.rotordream.tuner.net.internal;

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

/** Socket sysctls against a temp /proc/sys; NIC settings with the real ethtool and ip on a veth in a test namespace. */
public class NetTunerTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private final NetTuner net = new NetTuner(KnobFiles.SYSTEM, NetTuner.processes());

    private Path sysctls() throws IOException {
        Path root = tmp.getRoot().toPath();
        Path core = Files.createDirectories(root.resolve("proc/sys/net/core"));
        Path ipv4 = Files.createDirectories(root.resolve("proc/sys/net/ipv4"));
        for (String f : List.of("rmem_max", "wmem_max")) {
            Files.writeString(core.resolve(f), "212992\n");
        }
        Files.writeString(core.resolve("netdev_max_backlog"), "1000\n");
        Files.writeString(core.resolve("busy_poll"), "0\n");
        Files.writeString(core.resolve("busy_read"), "0\n");
        Files.writeString(ipv4.resolve("tcp_rmem"), "4096\t131072\t6291456\n");
        Files.writeString(ipv4.resolve("tcp_wmem"), "4096\t16384\t4194304\n");
        return root;
    }

    @Test
    public void theSeedsSocketBuffersAndBusyPolling() throws Exception {
        Path root = sysctls();
        Wanted w = net.wanted(Map.of("rmem_max", 262144, "wmem_max", 262144, "tcp_rmem", "4096 65536 262144",
                "tcp_wmem", "4096,65536,262144", "netdev_max_backlog", 5000, "busy_poll", 50, "busy_read", 50), root);
        assertEquals(7, w.knobs().size());
        for (Map.Entry<String, String> e : w.knobs().entrySet()) {
            Knob k = net.knob(e.getKey(), root);
            String v = k.normalize(e.getValue());
            k.write(v);
            assertTrue(e.getKey(), k.same(k.read(), v));
        }
        assertEquals("4096 65536 262144", Files.readString(root.resolve("proc/sys/net/ipv4/tcp_wmem")).trim());
        Knob tcp = net.knob("net.tcp_rmem", root);
        assertEquals("tabs in the kernel's text compare equal", tcp.normalize("4096 65536 262144"), tcp.read());
        try {
            tcp.normalize("262144 65536 4096");
            fail();
        } catch (KnobException e) {
            assertEquals(KnobException.Failure.INVALID_VALUE, e.failure());
        }
        assertEquals(7, net.knobs(root).size());
    }

    @Test
    public void nicSettingsOnAVethInATestNamespace() throws Exception {
        assumeTrue("needs root, ip and ethtool", TestNamespace.possible());
        Path root = sysctls();
        try (TestNamespace ns = TestNamespace.create("rdnet")) {
            Wanted w = net.wanted(Map.of("netns", ns.name, "interfaces", new String[] { "va" }, "mtu", 9000,
                    "offloads", "off", "ring_rx", 512, "rx_usecs", 50), root);
            String id = "net." + ns.name + "/va.";
            assertEquals(List.of(id + "mtu", id + "tso", id + "gso", id + "gro"), List.copyOf(w.knobs().keySet()));
            String notes = w.notes().toString();
            assertTrue(notes, notes.contains(id + "ring_rx not applied: EOPNOTSUPP"));
            assertTrue(notes, notes.contains(id + "rx_usecs not applied: EOPNOTSUPP"));
            for (Map.Entry<String, String> e : w.knobs().entrySet()) {
                Knob k = net.knob(e.getKey(), root);
                String before = k.read();
                k.write(k.normalize(e.getValue()));
                assertEquals(e.getKey(), e.getValue(), k.read());
                k.write(before);
                assertEquals(before, k.read());
            }
            Knob mtu = net.knob(id + "mtu", root);
            try {
                mtu.write("70000");
                fail();
            } catch (KnobException e) {
                assertEquals(KnobException.Failure.REFUSED, e.failure());
                assertTrue(e.reason(), e.reason().contains("maximum"));
            }
            try {
                net.knob("net." + ns.name + "/nosuch0.mtu", root).read();
                fail();
            } catch (KnobException e) {
                assertEquals(KnobException.Failure.NO_SUCH_DEVICE, e.failure());
            }
            Wanted noRoute = net.wanted(Map.of("netns", ns.name, "mtu", 1400), root);
            assertTrue(noRoute.notes().toString(), noRoute.notes().get(0).startsWith("no default route"));
            ns.must("ip", "-n", ns.name, "addr", "add", "10.97.0.1/24", "dev", "va");
            ns.must("ip", "-n", ns.name, "route", "add", "default", "via", "10.97.0.2", "dev", "va");
            assertEquals(List.of(id + "mtu"), List.copyOf(net.wanted(Map.of("netns", ns.name, "mtu", 1400), root)
                    .knobs().keySet()));
        }
    }

    @Test
    public void unknownKnobsAreNamed() {
        try {
            net.knob("net.tcp_congestion_control", Path.of("/"));
            fail();
        } catch (KnobException e) {
            assertEquals(KnobException.Failure.UNKNOWN_KNOB, e.failure());
            assertEquals("net.tcp_congestion_control", e.knob());
        }
    }
}
