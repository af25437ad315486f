package io.rotordream.video.pipeline.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One encoding profile (factory configuration rotordream.camera.encoding.profile~NAME), offered
 * to the pipeline, which applies it when encoding_profile names it.
 */
@Component(service = EncodingProfileComponent.class, configurationPid = EncodingProfileConfig.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = EncodingProfileConfig.class, factory = true)
public final class EncodingProfileComponent {

    private volatile EncodingProfileConfig config;
    private final String name;

    @Activate
    public EncodingProfileComponent(EncodingProfileConfig config, Map<String, Object> props) {
        this.config = config;
        this.name = nameOf(String.valueOf(props.get("service.pid")));
    }

    /** rotordream.camera.encoding.profile~low_latency to low_latency. */
    static String nameOf(String pid) {
        int tilde = pid.lastIndexOf('~');
        return tilde < 0 ? pid : pid.substring(tilde + 1);
    }

    @Modified
    void modified(EncodingProfileConfig c) {
        this.config = c;
    }

    String name() {
        return name;
    }

    EncodingProfileConfig config() {
        return config;
    }
}
