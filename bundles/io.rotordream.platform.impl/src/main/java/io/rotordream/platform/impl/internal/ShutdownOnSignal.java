package io.rotordream.platform.impl.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGTERM (and SIGINT) stop the framework before the JVM exits, so every component deactivates:
 * sockets close, state is flushed, the encoder releases its native resources.
 */
@Component(immediate = true)
public final class ShutdownOnSignal {

    static final long STOP_TIMEOUT_MS = 15_000;
    private static final Logger LOG = LoggerFactory.getLogger(ShutdownOnSignal.class);
    private final Thread hook;

    @Activate
    public ShutdownOnSignal(BundleContext context) {
        Framework framework = (Framework) context.getBundle(0);
        hook = new Thread(() -> {
            LOG.info("Signal received: stopping the framework");
            try {
                framework.stop();
                framework.waitForStop(STOP_TIMEOUT_MS);
            } catch (BundleException | InterruptedException e) {
                LOG.warn("framework stop incomplete: {}", e.toString());
            }
        }, "rotordream-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Deactivate
    void deactivate() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook itself is stopping us
        }
    }
}
