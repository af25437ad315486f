package io.rotordream.itest;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A network namespace the test makes for itself (root only): loopback up and a veth pair with a
 * test address, so headless Chromium gathers a host candidate (it gathers none on a loopback-only
 * host). Everything the test runs inside stays inside; the namespace is deleted at the end.
 */
final class NetNamespace implements AutoCloseable {

    final String name;

    private NetNamespace(String name) {
        this.name = name;
    }

    /** @return the namespace, or {@code null} when this user cannot make one */
    static NetNamespace create(String prefix) {
        String name = prefix + "-" + ProcessHandle.current().pid();
        try {
            run("ip", "netns", "del", name);
            if (run("ip", "netns", "add", name) != 0) {
                return null;
            }
            NetNamespace ns = new NetNamespace(name);
            boolean ok = run("ip", "-n", name, "link", "set", "lo", "up") == 0
                    && run("ip", "-n", name, "link", "add", "rd0", "type", "veth", "peer", "name", "rd1") == 0
                    && run("ip", "-n", name, "addr", "add", "10.99.7.1/24", "dev", "rd0") == 0
                    && run("ip", "-n", name, "link", "set", "rd0", "up") == 0
                    && run("ip", "-n", name, "link", "set", "rd1", "up") == 0;
            if (!ok) {
                ns.close();
                return null;
            }
            return ns;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }

    List<String> prefix() {
        return List.of("ip", "netns", "exec", name);
    }

    private static int run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    @Override
    public void close() {
        try {
            run("ip", "netns", "del", name);
        } catch (IOException | InterruptedException ignored) {
            // best effort
        }
    }
}
