package io.rotordream.video.pipeline.internal;

import java.io.IOException;
import java.util.Hashtable;
import java.util.Map;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ships the seed's encoding profiles as factory configurations on first start, so they can be
 * read and changed like any other configuration (API, file drop, Web Console). Existing ones are
 * never overwritten.
 */
@Component(immediate = true)
public final class ProfilesSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(ProfilesSeeder.class);

    /** The seed's encoding_profiles. */
    static final Map<String, Object[]> SEED = Map.of(
            // preset, tune, keyframe_interval, b_frames, reference_frames, threads, hardware_acceleration
            "low_latency", new Object[] { "ultrafast", "zerolatency", 1, 0, 1, 2, false },
            "high_quality", new Object[] { "medium", "film", 30, 2, 3, 4, false },
            "low_power", new Object[] { "fast", "stillimage", 60, 0, 1, 0, true });

    @Activate
    public ProfilesSeeder(@Reference ConfigurationAdmin cm) {
        SEED.forEach((name, v) -> {
            try {
                Configuration[] existing = cm.listConfigurations(
                        "(service.pid=" + EncodingProfileConfig.FACTORY_PID + "~" + name + ")");
                if (existing != null) {
                    return;
                }
                Hashtable<String, Object> p = new Hashtable<>();
                p.put("preset", v[0]);
                p.put("tune", v[1]);
                p.put("keyframe_interval", v[2]);
                p.put("b_frames", v[3]);
                p.put("reference_frames", v[4]);
                p.put("threads", v[5]);
                p.put("hardware_acceleration", v[6]);
                cm.getFactoryConfiguration(EncodingProfileConfig.FACTORY_PID, name, "?").update(p);
            } catch (IOException | InvalidSyntaxException e) {
                LOG.error("could not create encoding profile {}: {}", name, e.toString());
            }
        });
    }
}
