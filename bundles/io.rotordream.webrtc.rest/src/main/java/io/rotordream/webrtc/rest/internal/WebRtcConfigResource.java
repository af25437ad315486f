package io.rotordream.webrtc.rest.internal;

import java.util.LinkedHashMap;
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

/**
 * The seed's PUT /api/streaming/webrtc/config: the body's keys are the configuration keys of
 * {@code rotordream.streaming.webrtc}; validation and the 400 naming the field happen in the
 * configuration service, the path a file drop takes too.
 */
@Component(service = WebRtcConfigResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("streaming/webrtc/config")
@Produces(MediaType.APPLICATION_JSON)
public final class WebRtcConfigResource {

    static final String PID = "rotordream.streaming.webrtc";
    static final String AUDIO_NOTE = "audio is not captured yet: audio_codec is kept for later, offered audio "
            + "is answered as rejected (port 0)";

    private final ConfigService config;

    @Activate
    public WebRtcConfigResource(@Reference ConfigService config) {
        this.config = config;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    public Map<String, Object> get() {
        return annotate(config.effective(PID));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public Map<String, Object> put(Map<String, Object> body) {
        if (body == null || body.isEmpty()) {
            throw new ApiException(400, "empty_body", null, "no field to change");
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.putAll(body);
        return annotate(config.update(PID, changes));
    }

    private static Map<String, Object> annotate(Map<String, Object> effective) {
        Map<String, Object> out = new LinkedHashMap<>(effective);
        out.put("audio_status", AUDIO_NOTE);
        return out;
    }
}
