package io.rotordream.tuner.qos.internal;

import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rotordream.tuner.api.Knob;

/**
 * The measured effect of the shaping: an "appliance" namespace sends a 12 Mbit/s UDP video stream
 * to port 554 of a "client" namespace while four TCP streams push bulk data to port 9000, over a
 * veth pair limited to 20 Mbit/s. First with a plain 20 Mbit/s bottleneck (tbf, one FIFO), then with
 * the qos plugin's htb tree. iperf3 measures on both ends; nothing leaves the two namespaces.
 * Figures are written to target/qos-effect.txt.
 */
public class QosEffectTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String A = "rdqa" + ProcessHandle.current().pid();
    private static final String B = "rdqb" + ProcessHandle.current().pid();

    record Run(double videoLossPercent, double videoMbit, double bulkMbit) {
        @Override
        public String toString() {
            return String.format("video %.2f Mbit/s received, %.2f%% lost; bulk %.2f Mbit/s", videoMbit,
                    videoLossPercent, bulkMbit);
        }
    }

    @Test
    public void bulkOnAnotherPortDoesNotStarveTheShapedVideoPort() throws Exception {
        assumeTrue("needs root, ip, tc and iperf3", TestNamespace.possible() && Files.isExecutable(Path.of("/usr/bin/iperf3")));
        try {
            setUp();
            TestNamespace.out("ip", "netns", "exec", A, "tc", "qdisc", "add", "dev", "va", "root", "tbf", "rate", "20mbit",
                    "burst", "32kb", "latency", "50ms");
            Run fifo = measure();
            TestNamespace.out("ip", "netns", "exec", A, "tc", "qdisc", "del", "dev", "va", "root");

            QosTuner qos = new QosTuner(QosTuner.processes(), () -> Set.of(554), () -> Set.of(8080));
            String name = "qos." + A + "/va";
            String tree = qos.wanted(Map.of("enabled", true, "netns", A, "interfaces", new String[] { "va" },
                    "link_rate_mbit", 20), Path.of("/")).knobs().get(name);
            Knob knob = qos.knob(name, Path.of("/"));
            String original = knob.read();
            knob.write(knob.normalize(tree));
            Run shaped = measure();
            String missed = "";
            if (!videoKept(shaped)) {
                // A timing measurement on a shared two-core host can fall short for reasons of its
                // own (seen once in CI on a busy host: the sender reached only 10 Mbit/s, nothing was
                // lost, and it did not recur in 6 runs here, 3 of them beside two busy loops).
                // Shaping that does not work fails the second run too.
                missed = "  qos htb tree, first run, measured again: " + shaped + "\n";
                shaped = measure();
            }
            knob.write(original);

            String figures = "20 Mbit/s veth bottleneck, 12 Mbit/s UDP video to :554, 4 TCP bulk streams to :9000\n"
                    + "  plain FIFO (tbf): " + fifo + "\n" + missed + "  qos htb tree:     " + shaped + "\n";
            System.out.print(figures);
            Files.writeString(Path.of("target/qos-effect.txt"), figures);
            // Without shaping the sender is throttled by the full FIFO (or loses packets): the video
            // falls short of 12 Mbit/s. With it, the video class gets its 16 Mbit/s guarantee.
            assertTrue("video keeps its rate under shaping: " + figures, videoKept(shaped));
            assertTrue("bulk is held to its class (ceil 2 Mbit/s): " + shaped, shaped.bulkMbit < 3);
            assertTrue("without shaping bulk takes what it can: " + fifo, fifo.bulkMbit > 2 * shaped.bulkMbit);
        } finally {
            TestNamespace.sh("ip", "netns", "del", A);
            TestNamespace.sh("ip", "netns", "del", B);
        }
    }

    private static boolean videoKept(Run shaped) {
        return shaped.videoMbit >= 0.9 * 12 && shaped.videoLossPercent < 3;
    }

    private static void setUp() throws IOException {
        TestNamespace.sh("ip", "netns", "del", A);
        TestNamespace.sh("ip", "netns", "del", B);
        TestNamespace.out("ip", "netns", "add", A);
        TestNamespace.out("ip", "netns", "add", B);
        TestNamespace.out("ip", "netns", "exec", A, "ip", "link", "add", "name", "va", "type", "veth", "peer", "name", "vb");
        TestNamespace.out("ip", "netns", "exec", A, "ip", "link", "set", "vb", "netns", B);
        TestNamespace.out("ip", "-n", A, "addr", "add", "10.96.0.1/24", "dev", "va");
        TestNamespace.out("ip", "-n", B, "addr", "add", "10.96.0.2/24", "dev", "vb");
        for (String[] up : new String[][] { { A, "va" }, { B, "vb" }, { A, "lo" }, { B, "lo" } }) {
            TestNamespace.out("ip", "-n", up[0], "link", "set", up[1], "up");
        }
    }

    private static Run measure() throws Exception {
        Process videoServer = start(B, "iperf3", "-s", "-1", "-p", "554");
        Process bulkServer = start(B, "iperf3", "-s", "-1", "-p", "9000");
        try {
            Thread.sleep(500);
            CompletableFuture<JsonNode> bulk = CompletableFuture.supplyAsync(() -> client("-p", "9000", "-t", "7", "-P", "4"));
            Thread.sleep(1000);
            JsonNode video = client("-p", "554", "-u", "-b", "12M", "-t", "5", "-l", "1316");
            JsonNode b = bulk.get(30, TimeUnit.SECONDS);
            JsonNode v = video.path("end").path("sum");
            return new Run(v.path("lost_percent").asDouble(),
                    v.path("bits_per_second").asDouble() * (1 - v.path("lost_percent").asDouble() / 100) / 1e6,
                    b.path("end").path("sum_received").path("bits_per_second").asDouble() / 1e6);
        } finally {
            videoServer.destroyForcibly();
            bulkServer.destroyForcibly();
            videoServer.waitFor(5, TimeUnit.SECONDS);
            bulkServer.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static Process start(String ns, String... argv) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of("ip", "netns", "exec", ns));
        cmd.addAll(List.of(argv));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static JsonNode client(String... args) {
        try {
            List<String> cmd = new java.util.ArrayList<>(List.of("ip", "netns", "exec", A, "iperf3", "-c", "10.96.0.2", "-J"));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).start();
            byte[] out = p.getInputStream().readAllBytes();
            p.waitFor(30, TimeUnit.SECONDS);
            JsonNode n = JSON.readTree(out);
            if (n.has("error")) {
                throw new IllegalStateException("iperf3 " + args[1] + ": " + n.get("error").asText());
            }
            return n;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
