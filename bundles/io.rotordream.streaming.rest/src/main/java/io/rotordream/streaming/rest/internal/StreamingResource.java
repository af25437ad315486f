package io.rotordream.streaming.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ServiceScope;

import io.rotordream.config.api.ConfigService;
import io.rotordream.rest.api.ApiException;
import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamResource;
import io.rotordream.streaming.api.ClientInfo;
import io.rotordream.streaming.api.MountInfo;
import io.rotordream.streaming.api.StreamingEndpoint;

/**
 * The seed's streaming endpoints: what every stream server (RTSP now, WebRTC later) serves and to
 * whom, ending a session, and the RTSP configuration. Translation only; the servers do the work.
 */
@Component(service = StreamingResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("streaming")
@Produces(MediaType.APPLICATION_JSON)
public final class StreamingResource {

    static final String RTSP_PID = "rotordream.streaming.rtsp";
    private final ConfigService config;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    volatile List<StreamingEndpoint> endpoints;

    @Activate
    public StreamingResource(@Reference ConfigService config) {
        this.config = config;
    }

    /** {@code GET /api/streaming/info}. */
    public static final class Info {
        public List<MountInfo> mounts = new ArrayList<>();
        public List<ClientInfo> clients = new ArrayList<>();
    }

    @GET
    @Path("info")
    @RolesAllowed(Roles.VIEWER)
    public Info info(@Context UriInfo uri) {
        Info out = new Info();
        String host = uri.getBaseUri().getHost();
        for (StreamingEndpoint e : endpoints()) {
            for (MountInfo m : e.mounts()) {
                // a server listening on every address does not know which one the client reaches
                if (m.url != null && host != null) {
                    m.url = m.url.replace("://0.0.0.0:", "://" + (host.contains(":") ? "[" + host + "]" : host) + ":");
                }
                out.mounts.add(m);
            }
            out.clients.addAll(e.clients());
        }
        return out;
    }

    @DELETE
    @Path("sessions/{id}")
    @RolesAllowed(Roles.OPERATOR)
    public Response endSession(@PathParam("id") String id) {
        for (StreamingEndpoint e : endpoints()) {
            if (e.endSession(id)) {
                return Response.noContent().build();
            }
        }
        throw ApiException.notFound("no session " + id);
    }

    @GET
    @Path("rtsp/config")
    @RolesAllowed(Roles.VIEWER)
    public Map<String, Object> rtspConfig() {
        return config.effective(RTSP_PID);
    }

    /** Validated, then written; the server applies it live (a port change rebinds). */
    @PUT
    @Path("rtsp/config")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public Map<String, Object> putRtspConfig(Map<String, Object> body) {
        if (body == null || body.isEmpty()) {
            throw new ApiException(400, "empty_body", null, "no field to change");
        }
        return config.update(RTSP_PID, body);
    }

    private List<StreamingEndpoint> endpoints() {
        List<StreamingEndpoint> e = endpoints;
        return e == null ? List.of() : e;
    }
}
