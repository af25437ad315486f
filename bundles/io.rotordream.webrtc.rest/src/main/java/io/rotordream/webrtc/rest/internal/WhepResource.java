package io.rotordream.webrtc.rest.internal;

import java.net.URI;
import java.util.List;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import io.rotordream.rest.api.ApiException;
import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamResource;
import io.rotordream.webrtc.api.IceServer;
import io.rotordream.webrtc.api.WhepAnswer;
import io.rotordream.webrtc.api.WhepException;
import io.rotordream.webrtc.api.WhepService;
import io.rotordream.webrtc.api.WhepSessionInfo;

/**
 * WHEP (draft-ietf-wish-whep, the HTTP of WHIP, RFC 9725 §4): POST an offer, get 201 with the
 * answer and the session's Location; PATCH trickles ICE; DELETE ends it. Viewer role.
 */
@Component(service = WhepResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("streaming/webrtc")
public final class WhepResource {

    static final String SDP = "application/sdp";
    static final String SDPFRAG = "application/trickle-ice-sdpfrag";
    // Relative to the application base (/api/): CXF resolves it against the request's base URI.
    private static final String SESSIONS = "streaming/webrtc/sessions/";

    private final WhepService whep;

    @Activate
    public WhepResource(@Reference WhepService whep) {
        this.whep = whep;
    }

    @POST
    @Path("whep")
    @Consumes(SDP)
    @Produces(SDP)
    @RolesAllowed(Roles.VIEWER)
    public Response offerMain(String offer, @Context SecurityContext security) {
        return offer("main", offer, security);
    }

    @POST
    @Path("whep/{mount}")
    @Consumes(SDP)
    @Produces(SDP)
    @RolesAllowed(Roles.VIEWER)
    public Response offer(@PathParam("mount") String mount, String offer, @Context SecurityContext security) {
        if (!mount.matches("[A-Za-z0-9_-]{1,32}")) {
            throw ApiException.badRequest("mount", "a mount is 1..32 letters, digits, _ or -");
        }
        WhepAnswer a = call(() -> whep.offer(mount, offer, user(security)));
        Response.ResponseBuilder r = Response.created(URI.create(SESSIONS + a.sessionId)).entity(a.sdp).type(SDP)
                .tag(a.etag.replace("\"", "")).header("Cache-Control", "no-store");
        for (IceServer s : whep.iceServers()) {
            r.header("Link", link(s));
        }
        return r.build();
    }

    /** Not a preflight (the CORS filter answers those): what the endpoint accepts. */
    @OPTIONS
    @Path("whep")
    @PermitAll
    public Response options() {
        return Response.noContent().header("Accept-Post", SDP).build();
    }

    @PATCH
    @Path("sessions/{id}")
    @Consumes(SDPFRAG)
    @RolesAllowed(Roles.VIEWER)
    public Response trickle(@PathParam("id") String id, String fragment, @HeaderParam("If-Match") String ifMatch,
            @Context SecurityContext security) {
        call(() -> {
            whep.trickle(id, fragment, ifMatch, user(security), security.isUserInRole(Roles.OPERATOR));
            return null;
        });
        return Response.noContent().build();
    }

    @DELETE
    @Path("sessions/{id}")
    @RolesAllowed(Roles.VIEWER)
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        call(() -> {
            whep.delete(id, user(security), security.isUserInRole(Roles.OPERATOR));
            return null;
        });
        return Response.ok().build();
    }

    /** Every WebRTC session with its counters. */
    @GET
    @Path("sessions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER)
    public List<WhepSessionInfo> sessions() {
        return whep.sessions();
    }

    // RFC 9725 §4.6: Link: <url>; rel="ice-server"; username=...; credential=...; credential-type="password"
    static String link(IceServer s) {
        StringBuilder b = new StringBuilder("<").append(s.url).append(">; rel=\"ice-server\"");
        if (s.username != null) {
            b.append("; username=\"").append(quote(s.username)).append('"');
        }
        if (s.credential != null) {
            b.append("; credential=\"").append(quote(s.credential)).append("\"; credential-type=\"password\"");
        }
        return b.toString();
    }

    private static String quote(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String user(SecurityContext security) {
        return security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
    }

    private static <T> T call(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (WhepException e) {
            throw new ApiException(e.status(), e.code(), e.field(), e.getMessage());
        }
    }
}
