package io.rotordream.video.pipeline.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.rotordream.config.api.ConfigRejectedException;
import io.rotordream.config.api.ConfigValidator;
import io.rotordream.video.api.BufferFrame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.camera.Camera;

/** Frame buffers too small for the picture being captured would stop capture: refused. */
@Component(property = ConfigValidator.PID_PROPERTY + "=rotordream.memory.pools")
public final class PoolsValidator implements ConfigValidator {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Camera camera;

    @Override
    public void validate(Map<String, Object> p) {
        Camera c = camera;
        FrameFormat f = c == null ? null : c.captureFormat();
        if (f == null) {
            return;
        }
        long need = BufferFrame.bytesFor(f);
        long have = ((Number) p.get("frame_buffer_size_mb")).longValue() * 1024 * 1024;
        if (have < need) {
            throw new ConfigRejectedException("rotordream.memory.pools", "frame_buffer_size_mb", "the sensor captures "
                    + f + ", " + need + " bytes per frame; " + have + " bytes cannot hold it");
        }
    }
}
