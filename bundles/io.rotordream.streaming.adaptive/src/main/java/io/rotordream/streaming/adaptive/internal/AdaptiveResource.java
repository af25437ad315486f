package io.rotordream.streaming.adaptive.internal;

import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import io.rotordream.config.api.ConfigService;
import io.rotordream.rest.api.ApiException;
import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamResource;
import io.rotordream.streaming.adaptive.api.AdaptiveStatus;
import io.rotordream.streaming.adaptive.api.BitrateController;

/**
 * The seed's PUT /api/streaming/adaptive (enabled, min/max_bitrate_kbps, step_size_kbps,
 * adjustment_interval_ms, quality_threshold), and GET with what the controller does per stream.
 * Kept in the controller's bundle: RTSP and WebRTC both use it, so it must not go with either.
 */
@Component(service = AdaptiveResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("streaming/adaptive")
@Produces(MediaType.APPLICATION_JSON)
public final class AdaptiveResource {

    private final ConfigService config;
    private final BitrateController controller;

    @Activate
    public AdaptiveResource(@Reference ConfigService config, @Reference BitrateController controller) {
        this.config = config;
        this.controller = controller;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    public AdaptiveStatus get() {
        return controller.status();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public Map<String, Object> put(Map<String, Object> body) {
        if (body == null || body.isEmpty()) {
            throw new ApiException(400, "empty_body", null, "no field to change");
        }
        Object min = body.get("min_bitrate_kbps");
        Object max = body.get("max_bitrate_kbps");
        Map<String, Object> now = config.effective(AdaptiveConfig.PID);
        Object lowValue = min != null ? min : now.get("min_bitrate_kbps");
        Object highValue = max != null ? max : now.get("max_bitrate_kbps");
        // Values of the wrong type are left to the configuration service, which names the field.
        if (lowValue instanceof Number lo && highValue instanceof Number hi && lo.longValue() > hi.longValue()) {
            throw ApiException.badRequest(max != null ? "max_bitrate_kbps" : "min_bitrate_kbps",
                    "min_bitrate_kbps (" + lowValue + ") must not exceed max_bitrate_kbps (" + highValue + ")");
        }
        return config.update(AdaptiveConfig.PID, body);
    }
}
