package io.rotordream.metrics.collector.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/** The parsers against files copied from a Debian 12 VM (kernel 6.x, virtio disk, 2 CPUs). */
public class ProcParsersTest {

    static String sample(String name) throws IOException {
        try (InputStream in = ProcParsersTest.class.getResourceAsStream("/proc/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    public void procStatGivesTheAggregateThenEachCore() throws IOException {
        List<CpuTimes> cpus = CpuTimes.parse(sample("stat"));
        assertEquals(3, cpus.size());
        assertEquals("cpu", cpus.get(0).cpu());
        assertEquals("cpu1", cpus.get(2).cpu());
        assertEquals(459250, cpus.get(0).user());
        assertEquals(4209, cpus.get(0).steal());
        assertEquals(459250 + 28971 + 54324 + 867626 + 2277 + 0 + 774 + 4209, cpus.get(0).total());
    }

    @Test
    public void usageIsBusyTicksOverAllTicks() {
        CpuTimes a = new CpuTimes("cpu", 100, 0, 50, 800, 50, 0, 0, 0);
        CpuTimes b = new CpuTimes("cpu", 160, 0, 70, 900, 70, 0, 0, 0);
        // busy +80, idle +100, iowait +20: 80 / 200
        assertEquals(0.4, b.usageSince(a), 1e-9);
        assertEquals(0.1, b.shareSince(a, 4), 1e-9);
        assertTrue(Double.isNaN(a.usageSince(a)));
    }

    @Test
    public void meminfoIsInBytes() throws IOException {
        Map<String, Long> m = KeyValues.meminfo(sample("meminfo"));
        assertEquals(24684096L * 1024, (long) m.get("MemTotal"));
        assertEquals(23737524L * 1024, (long) m.get("MemAvailable"));
        assertEquals(0L, (long) m.get("SwapTotal"));
    }

    @Test
    public void buddyinfoAndTheUnusableFreeSpaceIndex() throws IOException {
        List<BuddyInfo> zones = BuddyInfo.parse(sample("buddyinfo"));
        assertEquals(3, zones.size());
        BuddyInfo normal = zones.get(2);
        assertEquals("Normal", normal.zone());
        assertEquals(11, normal.freeBlocks().length);
        assertEquals(2499, normal.freeBlocks()[0]);
        assertEquals(0.0, normal.unusableIndex(0), 1e-12);
        // pages in blocks of order < 9 over all free pages
        long free = normal.freePages();
        long small = 2499 + 2671 * 2 + 3619 * 4 + 5247 * 8 + 2281 * 16 + 1214 * 32 + 430 * 64 + 58 * 128 + 41 * 256;
        assertEquals((double) small / free, normal.unusableIndex(9), 1e-12);
        assertEquals(0.0, new BuddyInfo("0", "X", new long[] { 0, 0, 4 }).unusableIndex(2), 1e-12);
        assertEquals(1.0, new BuddyInfo("0", "X", new long[] { 7, 1, 0 }).unusableIndex(2), 1e-12);
    }

    @Test
    public void diskstatsInSectorsAndMilliseconds() throws IOException {
        DiskStats vda = DiskStats.parse(sample("diskstats")).stream().filter(d -> d.device().equals("vda"))
                .findFirst().orElseThrow();
        assertEquals(184473, vda.reads());
        assertEquals(8768034, vda.readSectors());
        assertEquals(202247, vda.readMs());
        assertEquals(105946, vda.writes());
        assertEquals(12293648, vda.writtenSectors());
        assertEquals(72823, vda.writeMs());
        assertEquals(0, vda.inFlight());
        assertEquals(56008, vda.ioMs());
    }

    @Test
    public void netDevSkipsTheHeaders() throws IOException {
        List<NetDev> all = NetDev.parse(sample("netdev"));
        assertEquals(4, all.size());
        NetDev eth0 = all.stream().filter(d -> d.iface().equals("eth0")).findFirst().orElseThrow();
        assertEquals(231981674, eth0.rxBytes());
        assertEquals(6507, eth0.rxPackets());
        assertEquals(785270, eth0.txBytes());
        assertEquals(5195, eth0.txPackets());
    }

    @Test
    public void snmpAndNetstatPairsOfLines() throws IOException {
        Map<String, Long> snmp = KeyValues.snmp(sample("snmp"));
        assertEquals(52L, (long) snmp.get("Udp.InDatagrams"));
        assertEquals(0L, (long) snmp.get("Udp.RcvbufErrors"));
        assertTrue(snmp.containsKey("Tcp.RetransSegs"));
        Map<String, Long> netstat = KeyValues.snmp(sample("netstat"));
        assertTrue(netstat.containsKey("TcpExt.PruneCalled"));
        assertTrue(netstat.containsKey("TcpExt.TCPBacklogDrop"));
    }

    @Test
    public void pressureStallInformation() throws IOException {
        Map<String, Double> p = KeyValues.pressure(sample("pressure_cpu"));
        assertEquals(68.04, p.get("some.avg10"), 1e-9);
        assertEquals(1603073814.0, p.get("some.total"), 1e-3);
        assertEquals(0.0, p.get("full.avg10"), 1e-9);
    }

    @Test
    public void processCpuTimeSurvivesANameWithSpacesAndParentheses() throws IOException {
        assertEquals(0.0, ProcessSource.cpuSeconds(sample("self_stat")), 1e-9);
        String odd = "42 (a (b) c) S 1 42 42 0 -1 4194304 10 0 0 0 250 150 0 0 20 0 1 0 100 0 0";
        assertEquals(4.0, ProcessSource.cpuSeconds(odd), 1e-9);
    }
}
