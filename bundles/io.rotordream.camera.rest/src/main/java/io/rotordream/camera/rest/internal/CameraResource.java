package io.rotordream.camera.rest.internal;

import java.util.List;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import io.rotordream.config.api.ConfigService;
import io.rotordream.rest.api.ApiException;
import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamResource;
import io.rotordream.video.api.FormatCapability;
import io.rotordream.video.api.camera.Camera;
import io.rotordream.video.api.camera.CameraStatus;
import io.rotordream.video.api.camera.EncoderInfo;

/** The seed's camera endpoints: status, backends, snapshot, and the capture/encoding/sensor settings. */
@Component(service = CameraResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("camera")
@Produces(MediaType.APPLICATION_JSON)
public final class CameraResource {

    static final String CAPTURE = "rotordream.camera.capture";
    static final String ENCODING = "rotordream.camera.encoding";
    static final String SENSOR = "rotordream.camera.sensor";

    private final Camera camera;
    private final ConfigService config;

    @Activate
    public CameraResource(@Reference Camera camera, @Reference ConfigService config) {
        this.camera = camera;
        this.config = config;
    }

    /** Sensor, format, measured rate, backend, bitrate, drops and pool use. */
    @GET
    @Path("status")
    @RolesAllowed(Roles.VIEWER)
    public CameraStatus status() {
        return camera.status();
    }

    /** Every encoder backend with its availability (and why not). */
    @GET
    @Path("encoders")
    @RolesAllowed(Roles.VIEWER)
    public List<EncoderInfo> encoders() {
        return camera.encoders();
    }

    /** Formats, sizes and rates the active sensor offers. */
    @GET
    @Path("capabilities")
    @RolesAllowed(Roles.VIEWER)
    public List<FormatCapability> capabilities() {
        return camera.capabilities();
    }

    /** The newest picture as JPEG. */
    @GET
    @Path("snapshot")
    @Produces("image/jpeg")
    @RolesAllowed(Roles.VIEWER)
    public Response snapshot(@QueryParam("quality") @DefaultValue("85") String quality) {
        int q;
        try {
            q = Integer.parseInt(quality.trim());
        } catch (NumberFormatException e) {
            q = -1;
        }
        if (q < 1 || q > 100) {
            throw ApiException.badRequest("quality", "quality must be an integer from 1 to 100");
        }
        byte[] jpeg;
        try {
            jpeg = camera.snapshotJpeg(q);
        } catch (IllegalStateException e) {
            throw ApiException.unavailable(e.getMessage());
        }
        CacheControl none = new CacheControl();
        none.setNoStore(true);
        return Response.ok(jpeg, "image/jpeg").cacheControl(none).build();
    }

    @GET
    @Path("capture")
    @RolesAllowed(Roles.VIEWER)
    public Map<String, Object> capture() {
        return config.effective(CAPTURE);
    }

    @PUT
    @Path("capture/buffers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public Map<String, Object> captureBuffers(Requests.CaptureBuffers body) {
        return ConfigWrites.write(config, CAPTURE, body);
    }

    /** Frame rate, resolution and pixel format: capture restarts cleanly and the stream resumes at a keyframe. */
    @PUT
    @Path("capture/optimize")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public Map<String, Object> captureOptimize(Requests.CaptureOptimize body) {
        return ConfigWrites.write(config, CAPTURE, body);
    }

    @GET
    @Path("encoding")
    @RolesAllowed(Roles.VIEWER)
    public Map<String, Object> encoding() {
        return config.effective(ENCODING);
    }

    /** A bitrate change applies without a gap; other changes reopen the encoder at a keyframe. */
    @PUT
    @Path("encoding/config")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public Map<String, Object> encodingConfig(Requests.EncodingSettings body) {
        return ConfigWrites.write(config, ENCODING, body);
    }

    @PUT
    @Path("encoding/advanced")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public Map<String, Object> encodingAdvanced(Requests.EncodingAdvanced body) {
        return ConfigWrites.write(config, ENCODING, body);
    }

    @GET
    @Path("sensor")
    @RolesAllowed(Roles.VIEWER)
    public Map<String, Object> sensor() {
        return config.effective(SENSOR);
    }

    @PUT
    @Path("sensor")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public Map<String, Object> putSensor(Requests.Sensor body) {
        return ConfigWrites.write(config, SENSOR, body);
    }
}
