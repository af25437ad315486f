package io.rotordream.tuner.qos.internal;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

import io.rotordream.streaming.api.StreamingEndpoint;
import io.rotordream.tuner.api.Tuner;

/**
 * The qos plugin as a service. It follows the stream servers: when one starts, stops or moves to
 * another port, it asks the tuning service to reshape, so the video class always holds the ports
 * actually in use.
 */
@Component(service = Tuner.class, configurationPid = QosConfig.PID, property = Tuner.NAME_PROPERTY + "=" + QosTuner.NAME)
@Designate(ocd = QosConfig.class)
public final class QosTunerComponent extends QosTuner {

    private final AnnouncedPorts announced;
    private volatile Runnable changed = () -> {
    };

    @Activate
    public QosTunerComponent(BundleContext context) {
        this(new AnnouncedPorts(), context.getProperty("org.osgi.service.http.port"));
    }

    private QosTunerComponent(AnnouncedPorts announced, String httpPort) {
        super(processes(), announced::ports, () -> httpPort == null ? Set.of() : Set.of(Integer.parseInt(httpPort.trim())));
        this.announced = announced;
    }

    /** Present so a configuration change updates the service properties instead of restarting the component. */
    @Modified
    void modified() {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEndpoint(StreamingEndpoint e) {
        announced.add(e);
        changed.run();
    }

    void updatedEndpoint(StreamingEndpoint e) {
        changed.run();
    }

    void removeEndpoint(StreamingEndpoint e) {
        announced.remove(e);
        changed.run();
    }

    @Override
    public void watch(Runnable callback) {
        this.changed = callback;
    }
}
