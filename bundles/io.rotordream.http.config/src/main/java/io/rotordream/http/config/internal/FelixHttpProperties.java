package io.rotordream.http.config.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;

/** Translates RotorDream's HTTP settings into the Felix Jetty configuration. */
final class FelixHttpProperties {

    static final String FELIX_PID = "org.apache.felix.http";

    private FelixHttpProperties() {
    }

    static Hashtable<String, Object> of(HttpConfig c) throws IOException {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("org.apache.felix.http.host", c.bind__address());
        p.put("org.apache.felix.http.timeout", c.idle__timeout__ms());
        p.put("org.apache.felix.http.jetty.headerBufferSize", c.max__header__bytes());
        p.put("org.apache.felix.http.jetty.threadpool.max", c.max__threads());
        p.put("org.apache.felix.http.jetty.sendServerHeader", false);
        if (c.tls__enabled()) {
            p.put("org.apache.felix.http.enable", false);
            p.put("org.apache.felix.https.enable", true);
            p.put("org.osgi.service.http.port.secure", c.port());
            p.put("org.apache.felix.https.keystore", c.keystore__path());
            p.put("org.apache.felix.https.keystore.type", c.keystore__type());
            String password = password(c.keystore__password__file());
            p.put("org.apache.felix.https.keystore.password", password);
            p.put("org.apache.felix.https.keystore.key.password", password);
            p.put("org.apache.felix.https.jetty.protocols.included", "TLSv1.2,TLSv1.3");
        } else {
            p.put("org.apache.felix.http.enable", true);
            p.put("org.apache.felix.https.enable", false);
            p.put("org.osgi.service.http.port", c.port());
        }
        return p;
    }

    static String password(String file) throws IOException {
        if (file == null || file.isBlank()) {
            return "";
        }
        List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        return lines.isEmpty() ? "" : lines.get(0).trim();
    }
}
