package io.rotordream.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The README's start command, {@code bin/rotordream}, on a new data directory: it records the
 * class-data archive and the bundle cache template when they are missing or older than the jar,
 * seeds the first start's bundle cache from the template, and the appliance it starts is ready,
 * secured, stops on SIGTERM and restarts on the same data without seeding again.
 */
public class StartCommandIT {

    /** The data directory (~50 MB with its bundle cache), deleted after the runtime has stopped. */
    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    private Path root;
    private Path data;
    private Path log;
    private int port;
    private Process process;

    @Before
    public void setUp() throws IOException {
        root = Path.of(System.getProperty("rotordream.jar")).toAbsolutePath().getParent().getParent().getParent();
        data = tmp.newFolder().toPath().resolve("data");
        log = tmp.getRoot().toPath().resolve("start-command.log");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
    }

    @After
    public void tearDown() throws Exception {
        Processes.end(process);
    }

    @Test
    public void firstStartIsSeededFromTheTemplateAndARestartIsNot() throws Exception {
        Http http = new Http(port);
        start();
        awaitReady(http);
        assertTrue(output(), output().contains("first start: bundle cache copied from"));
        String admin = Files.readString(data.resolve("admin.token")).trim();
        assertEquals(401, http.get("/api/system/status", null).status);
        Http.Reply status = http.get("/api/system/status", admin);
        assertEquals(200, status.status);
        // As many bundles as a first start that installs them all (ExportedJarIT); none left over
        assertTrue(status.body, status.json().path("bundles").path("active").asInt() > 100);
        assertEquals(status.body, 0, status.json().path("bundles").path("installed").asInt());
        assertEquals(status.body, 0, status.json().path("bundles").path("resolved").asInt());
        stop();

        Path template = root.resolve("runtime/target/rotordream.cache");
        try (Stream<Path> files = Files.walk(template)) {
            List<Path> bundleData = files.filter(Files::isRegularFile)
                    .filter(p -> template.relativize(p).toString().matches("bundle\\d+/data/.*"))
                    .collect(Collectors.toList());
            for (Path p : bundleData) {
                assertEquals("only SCR's parsed component descriptions leave the training start: " + bundleData,
                        "componentMetadataStore", p.getFileName().toString());
            }
        }
        assertFalse(Files.exists(template.resolve("cache.lock")));

        Files.writeString(log, "");
        start();
        awaitReady(http);
        assertFalse(output(), output().contains("bundle cache copied"));
        assertEquals(admin, Files.readString(data.resolve("admin.token")).trim());
        assertEquals(200, http.get("/api/system/status", admin).status);
        stop();
    }

    private void start() throws IOException {
        process = new ProcessBuilder(root.resolve("bin/rotordream").toString(), "--data", data.toString(),
                "--port", Integer.toString(port)).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private String output() throws IOException {
        return Files.readString(log);
    }

    /** Up to two minutes: a checkout without the archive and template records them first (~10-20 s). */
    private void awaitReady(Http http) throws Exception {
        long end = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < end) {
            assertTrue("bin/rotordream exited early:\n" + output(), process.isAlive());
            try {
                if (http.get("/api/health", null).status == 200) {
                    return;
                }
            } catch (AssertionError notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not ready within 120 s:\n" + output());
    }

    private void stop() throws Exception {
        process.destroy(); // SIGTERM, to java itself: bin/rotordream execs it
        assertTrue("no exit within 30 s of SIGTERM", process.waitFor(30, TimeUnit.SECONDS));
        int exit = process.exitValue();
        assertTrue("exit code " + exit + "\n" + output(), exit == 0 || exit == 143);
        assertTrue(output(), output().contains("stopping the framework"));
    }
}
