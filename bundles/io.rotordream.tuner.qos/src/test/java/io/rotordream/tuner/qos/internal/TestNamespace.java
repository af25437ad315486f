package io.rotordream.tuner.qos.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A network namespace made for one test, with a veth pair inside, deleted afterwards; the host's
 * own interfaces are never touched.
 */
final class TestNamespace implements AutoCloseable {

    final String name;

    private TestNamespace(String name) {
        this.name = name;
    }

    static boolean possible() {
        return "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/sbin/ip"))
                && Files.isExecutable(Path.of("/usr/sbin/ethtool")) && Files.isExecutable(Path.of("/usr/sbin/tc"));
    }

    static TestNamespace create(String prefix) throws IOException {
        TestNamespace ns = new TestNamespace(prefix + ProcessHandle.current().pid());
        sh("ip", "netns", "del", ns.name); // a leftover of a killed run
        ns.must("ip", "netns", "add", ns.name);
        ns.must("ip", "netns", "exec", ns.name, "ip", "link", "add", "name", "va", "type", "veth", "peer", "name", "vb");
        ns.must("ip", "-n", ns.name, "link", "set", "va", "up");
        ns.must("ip", "-n", ns.name, "link", "set", "vb", "up");
        return ns;
    }

    void must(String... argv) throws IOException {
        String err = sh(argv);
        if (err != null) {
            throw new IOException(String.join(" ", argv) + ": " + err);
        }
    }

    /** @return null on success, else what the command said */
    static String sh(String... argv) throws IOException {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(argv))).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timeout";
            }
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
        String out = new String(p.getInputStream().readAllBytes());
        return p.exitValue() == 0 ? null : out;
    }

    /** What a command printed; fails when it fails. */
    static String out(String... argv) throws IOException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        try {
            p.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
        String out = new String(p.getInputStream().readAllBytes());
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", argv) + ": " + out);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        sh("ip", "netns", "del", name);
    }
}
