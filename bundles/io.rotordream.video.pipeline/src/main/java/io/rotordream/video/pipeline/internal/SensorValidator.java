package io.rotordream.video.pipeline.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

import io.rotordream.config.api.ConfigRejectedException;
import io.rotordream.config.api.ConfigValidator;

/** A manual exposure longer than one frame at the target rate cannot be honoured: refused. */
@Component(configurationPid = SensorConfig.PID, property = ConfigValidator.PID_PROPERTY + "=" + SensorConfig.PID)
@Designate(ocd = SensorConfig.class)
public final class SensorValidator implements ConfigValidator {

    /** The validator reads its configuration from the write it checks, not from its own: nothing to do. */
    @Modified
    void modified() {
    }

    @Override
    public void validate(Map<String, Object> p) {
        double fps = ((Number) p.get("frame_rate_target")).doubleValue();
        int exposure = ((Number) p.get("exposure_time_us")).intValue();
        if ("manual".equals(p.get("exposure_mode")) && exposure > 1_000_000 / fps) {
            throw new ConfigRejectedException(SensorConfig.PID, "exposure_time_us", exposure
                    + " us is longer than one frame at " + fps + " fps (" + (int) (1_000_000 / fps) + " us)");
        }
    }
}
