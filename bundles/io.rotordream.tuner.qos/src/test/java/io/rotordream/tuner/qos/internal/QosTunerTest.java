package io.rotordream.tuner.qos.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;

import io.rotordream.tuner.api.Knob;
import io.rotordream.tuner.api.KnobException;
import io.rotordream.tuner.api.Wanted;

/** The shaping tree as text, and created, read back and removed with the real tc in a test namespace. */
public class QosTunerTest {

    private final QosTuner qos = new QosTuner(QosTuner.processes(), () -> Set.of(554), () -> Set.of(8080));

    @Test
    public void theTreeReadsAsItIsWritten() {
        HtbTree t = HtbTree.parse("htb 100000kbit video=80000/100000kbit:8554,554 control=15000/20000kbit:8080 default=5000/10000kbit");
        assertEquals("htb 100000kbit video=80000/100000kbit:554,8554 control=15000/20000kbit:8080 default=5000/10000kbit",
                t.toString());
        List<List<String>> cmds = t.commands("eth0");
        assertEquals(List.of("tc", "qdisc", "add", "dev", "eth0", "root", "handle", "1:", "htb", "default", "30"), cmds.get(0));
        assertTrue(cmds.contains(List.of("tc", "filter", "add", "dev", "eth0", "protocol", "ip", "parent", "1:0", "prio",
                "1", "u32", "match", "ip", "dport", "554", "0xffff", "flowid", "1:10")));
        assertEquals(16000, HtbTree.kbit("16Mbit"));
        assertEquals(1600, HtbTree.kbit("1600Kbit"));
        assertEquals(1, HtbTree.kbit("1Gbit") / 1_000_000);
    }

    @Test
    public void disabledWantsNothingAndBadSharesAreRefused() throws Exception {
        assertTrue(qos.wanted(Map.of(), Path.of("/")).knobs().isEmpty());
        try {
            qos.wanted(Map.of("enabled", true, "video_rate_percent", 90, "control_rate_percent", 15), Path.of("/"));
        } catch (KnobException e) {
            assertEquals("qos.video_rate_percent", e.knob());
        }
        QosTuner none = new QosTuner(QosTuner.processes(), Set::of, Set::of);
        Wanted w = none.wanted(Map.of("enabled", true), Path.of("/"));
        assertTrue(w.notes().get(0), w.notes().get(0).startsWith("no video port known"));
    }

    @Test
    public void classesAndFiltersCreatedReadBackAndRemovedInATestNamespace() throws Exception {
        assumeTrue("needs root, ip, tc", TestNamespace.possible());
        try (TestNamespace ns = TestNamespace.create("rdqos")) {
            Wanted fromSpeed = qos.wanted(Map.of("enabled", true, "netns", ns.name, "interfaces", new String[] { "va" }),
                    Path.of("/"));
            assertTrue("veth reports 10000Mb/s to ethtool: " + fromSpeed.knobs(),
                    fromSpeed.knobs().values().iterator().next().startsWith("htb 10000000kbit"));
            Wanted w = qos.wanted(Map.of("enabled", true, "netns", ns.name, "interfaces", new String[] { "va" },
                    "link_rate_mbit", 20, "video_ports", new int[] { 8554 }), Path.of("/"));
            String name = "qos." + ns.name + "/va";
            assertEquals(Set.of(name), w.knobs().keySet());
            Knob k = qos.knob(name, Path.of("/"));
            String original = k.read();
            assertEquals("qdisc noqueue", original);
            String tree = k.normalize(w.knobs().get(name));
            assertEquals("htb 20000kbit video=16000/20000kbit:554,8554 control=3000/4000kbit:8080 default=1000/2000kbit", tree);
            k.write(tree);
            assertEquals("read back from tc", tree, k.read());
            String classes = TestNamespace.out("ip", "netns", "exec", ns.name, "tc", "class", "show", "dev", "va");
            assertTrue(classes, classes.contains("class htb 1:10 parent 1:1") && classes.contains("rate 16Mbit ceil 20Mbit"));
            String filters = TestNamespace.out("ip", "netns", "exec", ns.name, "tc", "filter", "show", "dev", "va");
            assertEquals(filters, 6, filters.split("\\*flowid", -1).length - 1); // 554, 8554 and 8080, each both ways
            k.write(original);
            assertTrue(k.same(k.read(), original));
            assertFalse(TestNamespace.out("ip", "netns", "exec", ns.name, "tc", "class", "show", "dev", "va").contains("htb"));
        }
    }
}
