package io.rotordream.itest;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The exported runtime jar as its own process on a fresh data directory, optionally inside a
 * network namespace (a command prefix such as {@code ip netns exec NS}), with configuration
 * dropped into {@code etc/} before it starts.
 */
final class RuntimeProcess implements AutoCloseable {

    final Path data;
    final int port;
    final Path log;
    private final List<String> prefix;
    private Process process;

    RuntimeProcess(List<String> prefix, Map<String, String> drops) throws IOException {
        this.prefix = prefix;
        this.data = Files.createTempDirectory("rotordream-webrtc-it-");
        this.log = data.resolve("stdout.log");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.createDirectories(data.resolve("etc"));
        for (Map.Entry<String, String> d : drops.entrySet()) {
            Files.writeString(data.resolve("etc").resolve(d.getKey() + ".cfg"), d.getValue());
        }
    }

    void start() throws IOException {
        List<String> cmd = new ArrayList<>(prefix);
        Path jar = Path.of(System.getProperty("rotordream.jar"));
        // The product's JVM options (runtime/jvm.options, beside target/), as bin/rotordream starts it.
        Path options = jar.toAbsolutePath().getParent().getParent().resolve("jvm.options");
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (Files.isRegularFile(options)) {
            cmd.add("@" + options);
        }
        cmd.addAll(List.of("-Xmx256m",
                "-Drotordream.home=" + data, "-Dfelix.cm.dir=" + data.resolve("config"),
                "-Dfelix.fileinstall.dir=" + data.resolve("etc"), "-Dorg.osgi.service.http.port=" + port,
                "-Dlaunch.storage.dir=" + data.resolve("cache"), "-jar", jar.toString()));
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** The JVM's pid (the prefix may exec into it: ip netns exec does). */
    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    String logText() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    String adminToken() throws IOException {
        return Files.readString(data.resolve("admin.token")).trim();
    }

    /** Runs a command in the same namespace (prefix) and returns its standard output. */
    String exec(long timeoutSeconds, String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(
                data.resolve("exec-stderr.log").toFile())).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        return new String(out);
    }

    /** Stops the runtime, then deletes its data directory (~50 MB with the bundle cache). */
    @Override
    public void close() throws Exception {
        Processes.end(process);
        try (Stream<Path> tree = Files.walk(data)) {
            tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
