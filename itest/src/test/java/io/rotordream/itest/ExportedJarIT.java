package io.rotordream.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The product as shipped: the exported jar started as its own process on a free port with a fresh
 * data directory, stopped with SIGTERM, started again on the same data.
 */
public class ExportedJarIT {

    /** Each test's data directory (~50 MB with its bundle cache), deleted after the test has stopped the runtime. */
    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    private Path data;
    private int port;
    private Process process;
    private Path log;

    @Before
    public void setUp() throws IOException {
        data = tmp.newFolder().toPath();
        log = data.resolve("stdout.log");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
    }

    @After
    public void tearDown() throws Exception {
        Processes.end(process);
    }

    private void start() throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Drotordream.home=" + data, "-Dfelix.cm.dir=" + data.resolve("config"),
                "-Dfelix.fileinstall.dir=" + data.resolve("etc"), "-Dorg.osgi.service.http.port=" + port,
                "-Dlaunch.storage.dir=" + data.resolve("cache"), "-jar", System.getProperty("rotordream.jar")));
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private long awaitReady(Http http) throws Exception {
        long start = System.nanoTime();
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            assertTrue("runtime exited early:\n" + Files.readString(log), process.isAlive());
            try {
                if (http.get("/api/health", null).status == 200) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
            } catch (AssertionError notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not ready within 60 s:\n" + Files.readString(log));
    }

    private int stop() throws Exception {
        process.destroy(); // SIGTERM
        assertTrue("no exit within 30 s of SIGTERM", process.waitFor(30, TimeUnit.SECONDS));
        return process.exitValue();
    }

    @Test
    public void startsServesSecurelyStopsCleanlyAndKeepsConfiguration() throws Exception {
        Http http = new Http(port);
        start();
        long ready = awaitReady(http);
        System.out.println("exported jar ready in " + ready + " ms (first start)");

        Path tokenFile = data.resolve("admin.token");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile)));
        String admin = Files.readString(tokenFile).trim();
        String logText = Files.readString(log);
        assertTrue("the log names the token file", logText.contains(tokenFile.toString()));
        assertTrue("the log never shows the token", !logText.contains(admin));

        assertEquals(401, http.get("/api/system/status", null).status);
        Http.Reply status = http.get("/api/system/status", admin);
        assertEquals(200, status.status);
        assertTrue(status.json().path("cpu_count").asInt() > 0);
        assertTrue(status.body, status.json().path("bundles").path("active").asInt() > 40);

        // A valid drop is taken and persisted by Configuration Admin; an invalid one is refused.
        Files.writeString(data.resolve("etc/rotordream.security.ratelimit.cfg"), "max_failures=2\nwindow_seconds=600\n");
        awaitLimited(http, 3);
        Files.writeString(data.resolve("etc/rotordream.api.cfg"), "max_body_kb=many\n");
        awaitLog("Rejected configuration rotordream.api", "max_body_kb");

        int exit = stop();
        String stopped = Files.readString(log);
        assertTrue("SIGTERM stops the framework:\n" + stopped, stopped.contains("stopping the framework"));
        assertTrue("exit code " + exit, exit == 0 || exit == 143);

        // Restart on the same data: same admin token, same rate limit configuration.
        start();
        System.out.println("exported jar ready in " + awaitReady(http) + " ms (restart)");
        assertEquals(admin, Files.readString(tokenFile).trim());
        assertEquals(200, http.get("/api/system/status", admin).status);
        awaitLimited(http, 3);
        stop();
    }

    /** rotordream.http with TLS: the port speaks HTTPS with the operator's keystore, and no longer plain HTTP. */
    @Test
    public void servesHttpsWhenConfigured() throws Exception {
        Path keystore = data.resolve("server.p12");
        Path passwordFile = data.resolve("keystore.pass");
        Files.writeString(passwordFile, "it-secret-" + port + "\n");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "rotordream", "-keyalg", "EC", "-groupname", "secp256r1", "-storetype",
                "PKCS12", "-keystore", keystore.toString(), "-storepass", "it-secret-" + port, "-dname",
                "CN=localhost", "-ext", "SAN=ip:127.0.0.1", "-validity", "2").inheritIO().start();
        assertEquals(0, keytool.waitFor());
        Files.createDirectories(data.resolve("etc"));
        Files.writeString(data.resolve("etc/rotordream.http.cfg"), "port=" + port + "\nbind_address=127.0.0.1\n"
                + "tls_enabled=true\nkeystore_path=" + keystore + "\nkeystore_type=PKCS12\nkeystore_password_file="
                + passwordFile + "\n");
        start();
        java.security.KeyStore trust = java.security.KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            trust.load(in, ("it-secret-" + port).toCharArray());
        }
        javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory
                .getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().sslContext(tls)
                .connectTimeout(java.time.Duration.ofSeconds(2)).build();
        long end = System.currentTimeMillis() + 60_000;
        int status = -1;
        while (System.currentTimeMillis() < end && status != 200) {
            assertTrue("runtime exited early:\n" + Files.readString(log), process.isAlive());
            try {
                status = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("https://127.0.0.1:" + port + "/api/health")).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (java.io.IOException notYet) {
                Thread.sleep(200);
            }
        }
        assertEquals("HTTPS health:\n" + Files.readString(log), 200, status);
        try {
            int plain = new Http(port).get("/api/health", null).status;
            assertTrue("plain HTTP must not be served on the TLS port, got " + plain, plain != 200);
        } catch (AssertionError refused) {
            // a TLS port refusing a plain request is the expected outcome
        }
        stop();
    }

    /**
     * rotordream.os.compiler: the JVM's JIT compiler threads run at nice 10 from the boot on, the
     * product's threads at 0; a drop raises it live, and an out-of-range value is refused.
     */
    @Test
    public void jitCompilerThreadsRunBehindTheAppliancesThreads() throws Exception {
        Http http = new Http(port);
        start();
        awaitReady(http);
        Map<String, Integer> nice = niceByThread();
        assertEquals(nice.toString(), Integer.valueOf(10), nice.get("C1 CompilerThre"));
        assertEquals(nice.toString(), Integer.valueOf(10), nice.get("C2 CompilerThre"));
        assertEquals(nice.toString(), Integer.valueOf(0), nice.get("FelixStartLevel"));

        Files.writeString(data.resolve("etc/rotordream.os.compiler.cfg"), "nice=15\n");
        awaitCompilerNice(15);
        Files.writeString(data.resolve("etc/rotordream.os.compiler.cfg"), "nice=40\n");
        awaitLog("Rejected configuration rotordream.os.compiler", "nice");
        assertEquals(Integer.valueOf(15), niceByThread().get("C1 CompilerThre"));
        stop();
    }

    private void awaitCompilerNice(int expected) throws Exception {
        long end = System.currentTimeMillis() + 15_000;
        Map<String, Integer> nice = niceByThread();
        while (System.currentTimeMillis() < end && !Integer.valueOf(expected).equals(nice.get("C1 CompilerThre"))) {
            Thread.sleep(250);
            nice = niceByThread();
        }
        assertEquals(nice.toString(), Integer.valueOf(expected), nice.get("C1 CompilerThre"));
        assertEquals(nice.toString(), Integer.valueOf(expected), nice.get("C2 CompilerThre"));
    }

    /** Each thread's nice value by its comm, from proc(5) stat (field 19, counted after the comm). */
    private Map<String, Integer> niceByThread() throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    out.put(comm, Integer.parseInt(after[16])); // field 19; after[0] is field 3
                } catch (IOException gone) {
                    // the thread ended while listed
                }
            }
        }
        return out;
    }

    /** The limiter answers 429 after max_failures bad attempts once the configuration applies. */
    private static void awaitLimited(Http http, int attempts) throws Exception {
        long end = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < end) {
            int last = 0;
            for (int i = 0; i < attempts; i++) {
                last = http.get("/api/system/status", "rd1.aaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" + i).status;
            }
            if (last == 429) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("rate limit configuration never applied");
    }

    private void awaitLog(String... parts) throws Exception {
        long end = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < end) {
            for (String line : Files.readAllLines(log)) {
                boolean all = true;
                for (String p : parts) {
                    all &= line.contains(p);
                }
                if (all) {
                    return;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no log line with " + List.of(parts) + ":\n" + Files.readString(log));
    }
}
