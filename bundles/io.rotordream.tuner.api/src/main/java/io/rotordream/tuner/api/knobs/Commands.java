package io.rotordream.tuner.api.knobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.annotation.versioning.ConsumerType;

/** Runs the tools some knobs need (ethtool, ip, tc, mount); tests substitute a fake. */
@ConsumerType
public interface Commands {

    /** What a tool said. */
    record Result(int exit, String out, String err) {
        public boolean ok() {
            return exit == 0;
        }
    }

    /**
     * @throws IOException when the tool cannot be started (not installed) or does not finish in time
     */
    Result run(List<String> argv) throws IOException;

    /** The namespace the tools act in, empty for the appliance's own. */
    default String netns() {
        return "";
    }

    /**
     * Real processes, inside network namespace {@code netns} when not empty ({@code ip netns exec}),
     * each given at most {@code timeout}.
     */
    static Commands processes(String netns, Duration timeout) {
        String ns = netns == null ? "" : netns.trim();
        return new Commands() {
            @Override
            public Result run(List<String> argv) throws IOException {
                List<String> full = new ArrayList<>();
                if (!ns.isEmpty()) {
                    full.addAll(List.of("ip", "netns", "exec", ns));
                }
                full.addAll(argv);
                Process p = new ProcessBuilder(full).start();
                p.getOutputStream().close();
                CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(p.getInputStream()));
                CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
                try {
                    if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                        p.destroyForcibly();
                        throw new IOException(String.join(" ", argv) + " did not finish within " + timeout);
                    }
                    return new Result(p.exitValue(), out.join(), err.join());
                } catch (InterruptedException e) {
                    p.destroyForcibly();
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }

            @Override
            public String netns() {
                return ns;
            }
        };
    }

    private static String drain(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
