package io.rotordream.video.pipeline.internal;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import io.rotordream.config.api.ConfigRejectedException;
import io.rotordream.config.api.ConfigValidator;
import io.rotordream.memory.api.BufferPools;
import io.rotordream.video.api.BufferFrame;
import io.rotordream.video.api.FormatCapability;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.camera.Camera;

/** A capture format the active sensor does not offer, or that the frame buffers cannot hold, is refused. */
@Component(configurationPid = CaptureConfig.PID, property = ConfigValidator.PID_PROPERTY + "=" + CaptureConfig.PID)
@Designate(ocd = CaptureConfig.class)
public final class CaptureValidator implements ConfigValidator {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Camera camera;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile BufferPools pools;

    /** The validator reads its configuration from the write it checks, not from its own: nothing to do. */
    @Modified
    void modified() {
    }

    @Override
    public void validate(Map<String, Object> p) {
        FrameFormat f;
        try {
            f = SettingsMapper.captureFormat(String.valueOf(p.get("resolution")),
                    ((Number) p.get("frame_rate")).doubleValue(), String.valueOf(p.get("pixel_format")));
        } catch (IllegalArgumentException e) {
            throw rejected(e.getMessage());
        }
        if (f.pixelFormat == PixelFormat.MJPEG) {
            throw new ConfigRejectedException(CaptureConfig.PID, "pixel_format",
                    "MJPEG capture needs a JPEG decoder before the encoder, which this firmware does not have; use NV12, I420 or YUYV");
        }
        BufferPools bp = pools;
        if (bp != null && BufferFrame.bytesFor(f) > bp.pool(BufferPools.FRAME).bufferSize()) {
            throw new ConfigRejectedException(CaptureConfig.PID, "resolution", f + " needs "
                    + BufferFrame.bytesFor(f) + " bytes per frame, frame buffers hold "
                    + bp.pool(BufferPools.FRAME).bufferSize() + "; raise frame_buffer_size_mb first");
        }
        Camera c = camera;
        List<FormatCapability> caps = c == null ? List.of() : c.capabilities();
        if (caps.isEmpty() || caps.stream().anyMatch(cap -> cap.matches(f))) {
            return;
        }
        boolean size = caps.stream().anyMatch(cap -> cap.width == f.width && cap.height == f.height);
        boolean format = caps.stream().anyMatch(cap -> cap.width == f.width && cap.height == f.height
                && cap.pixelFormat == f.pixelFormat);
        String field = !size ? "resolution" : !format ? "pixel_format" : "frame_rate";
        throw new ConfigRejectedException(CaptureConfig.PID, field, "the sensor does not offer " + f + "; it offers "
                + offers(caps));
    }

    private static ConfigRejectedException rejected(String message) {
        int colon = message.indexOf(':');
        return new ConfigRejectedException(CaptureConfig.PID, colon > 0 ? message.substring(0, colon) : null,
                colon > 0 ? message.substring(colon + 1).trim() : message);
    }

    static String offers(List<FormatCapability> caps) {
        StringBuilder sb = new StringBuilder();
        caps.stream().map(c -> c.pixelFormat + " " + c.width + "x" + c.height).distinct().limit(24)
                .forEach(s -> sb.append(sb.length() == 0 ? "" : ", ").append(s));
        return sb.toString();
    }
}
