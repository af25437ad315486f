package io.rotordream.itest;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Boots the bundles of the exported runtime jar once per suite, on a free port with a fresh data
 * directory, and waits for the API to be ready before each test.
 */
public abstract class RotorDreamTestSupport {

    @Inject
    protected BundleContext context;
    protected Http http;

    @Configuration
    public Option[] config() throws IOException {
        Path work = Path.of(System.getProperty("rotordream.itest.work", "target/itest-work")).toAbsolutePath();
        // Pax Exam calls this once per test class; one suite shares one framework and one port.
        String port = System.getProperty("rotordream.itest.port");
        if (port == null) {
            try (ServerSocket s = new ServerSocket(0)) {
                port = String.valueOf(s.getLocalPort());
            }
            System.setProperty("rotordream.itest.port", port);
            deleteTree(work.resolve("data"));
        }
        Path data = Files.createDirectories(work.resolve("data"));
        Map<String, String> overrides = Map.of(
                "org.osgi.service.http.port", port,
                "rotordream.home", data.toString(),
                "felix.cm.dir", data.resolve("config").toString(),
                "felix.fileinstall.dir", data.resolve("etc").toString(),
                "org.osgi.framework.storage.clean", "onFirstInit");
        List<Option> all = new ArrayList<>(RuntimeBundles.from(Path.of(System.getProperty("rotordream.jar")), work,
                overrides));
        all.add(junitBundles());
        all.add(org.ops4j.pax.exam.CoreOptions.frameworkStartLevel(RuntimeBundles.maxStartLevel() + 1));
        all.add(systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"));
        return options(all.toArray(new Option[0]));
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }

    @Before
    public void ready() throws Exception {
        http = new Http(port());
        awaitHealth(200, 30_000);
    }

    protected int port() {
        return Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
    }

    protected Path home() {
        return Path.of(context.getProperty("rotordream.home"));
    }

    protected String adminToken() throws IOException {
        return Files.readString(home().resolve("admin.token")).trim();
    }

    protected void awaitHealth(int status, long timeoutMs) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        Http.Reply last = null;
        while (System.currentTimeMillis() < end) {
            try {
                last = http.get("/api/health", null);
                if (last.status == status) {
                    return;
                }
            } catch (AssertionError connectionRefused) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        assertEquals("health did not become " + status + ": " + last, status, last == null ? -1 : last.status);
    }

    protected Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    /** A token of the given role, created through the API with the admin token. */
    protected String token(String name, String role) throws IOException {
        Http.Reply r = http.json("POST", "/api/system/tokens", adminToken(),
                "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}");
        assertEquals(r.toString(), 201, r.status);
        return r.json().get("token").asText();
    }
}
