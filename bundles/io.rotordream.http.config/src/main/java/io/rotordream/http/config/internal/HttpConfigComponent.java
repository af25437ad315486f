package io.rotordream.http.config.internal;

import java.io.IOException;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the Felix Jetty configuration while {@code rotordream.http} exists; without it Jetty keeps
 * the framework defaults (port 8080, plain HTTP).
 */
@Component(configurationPid = HttpConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = HttpConfig.class)
public final class HttpConfigComponent {

    private static final Logger LOG = LoggerFactory.getLogger(HttpConfigComponent.class);
    private final ConfigurationAdmin cm;

    @Activate
    public HttpConfigComponent(HttpConfig config, @Reference ConfigurationAdmin cm) throws IOException {
        this.cm = cm;
        modified(config);
    }

    @Modified
    void modified(HttpConfig config) throws IOException {
        Configuration felix = cm.getConfiguration(FelixHttpProperties.FELIX_PID, "?");
        if (felix.updateIfDifferent(FelixHttpProperties.of(config))) {
            LOG.info("HTTP server: {}:{} {}", config.bind__address(), config.port(),
                    config.tls__enabled() ? "HTTPS" : "HTTP");
        }
    }

    @Deactivate
    void deactivate() {
        // Configuration gone: hand the server back to the framework defaults. A bundle stop leaves
        // the last settings in place, so updating this bundle does not move the port.
        try {
            Configuration[] remaining = cm.listConfigurations("(service.pid=" + HttpConfig.PID + ")");
            if (remaining == null) {
                cm.getConfiguration(FelixHttpProperties.FELIX_PID, "?").delete();
            }
        } catch (IOException | org.osgi.framework.InvalidSyntaxException | IllegalStateException e) {
            LOG.warn("could not reset the HTTP configuration: {}", e.toString());
        }
    }
}
