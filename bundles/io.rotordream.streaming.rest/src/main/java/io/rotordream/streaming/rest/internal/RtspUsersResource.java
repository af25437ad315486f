package io.rotordream.streaming.rest.internal;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ServiceScope;

import io.rotordream.rest.api.ApiException;
import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamResource;
import io.rotordream.streaming.api.rtsp.RtspUser;
import io.rotordream.streaming.api.rtsp.RtspUsers;

/** RTSP viewers: the password goes in once and is kept only as digest hashes. Admins only. */
@Component(service = RtspUsersResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("streaming/rtsp/users")
@Produces(MediaType.APPLICATION_JSON)
public final class RtspUsersResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile RtspUsers users;

    /** {@code PUT /api/streaming/rtsp/users/{name}}. */
    public static final class Credentials {
        public String password;
        public String role;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public List<RtspUser> list() {
        return users().list();
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public RtspUser set(@PathParam("name") String name, Credentials body) {
        if (body == null || body.password == null) {
            throw ApiException.badRequest("password", "password is required");
        }
        try {
            return users().set(name, body.role == null ? "viewer" : body.role, body.password.toCharArray());
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            int colon = m.indexOf(':');
            throw ApiException.badRequest(colon > 0 ? m.substring(0, colon) : null, m);
        }
    }

    @DELETE
    @Path("{name}")
    @RolesAllowed(Roles.ADMIN)
    public Response remove(@PathParam("name") String name) {
        if (!users().remove(name)) {
            throw ApiException.notFound("no RTSP user " + name);
        }
        return Response.noContent().build();
    }

    private RtspUsers users() {
        RtspUsers u = users;
        if (u == null) {
            throw ApiException.unavailable("the RTSP server is not running");
        }
        return u;
    }
}
