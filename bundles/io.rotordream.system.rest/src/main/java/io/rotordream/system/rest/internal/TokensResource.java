package io.rotordream.system.rest.internal;

import java.net.URI;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import io.rotordream.rest.api.ApiException;
import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamResource;
import io.rotordream.security.api.CreatedToken;
import io.rotordream.security.api.Role;
import io.rotordream.security.api.TokenService;

@Component(service = TokensResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("system/tokens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public final class TokensResource {

    private final TokenService tokens;

    @Activate
    public TokensResource(@Reference TokenService tokens) {
        this.tokens = tokens;
    }

    @GET
    public List<TokenResponse> list() {
        return tokens.list().stream().map(t -> TokenResponse.of(t, null)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TokenRequest request) {
        Role role = Role.fromId(request.role);
        if (request.role == null || role == null) {
            throw ApiException.badRequest("role", "role must be one of viewer, operator, admin");
        }
        CreatedToken created;
        try {
            created = tokens.create(request.name, role, request.expires);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int colon = message.indexOf(':');
            String field = colon > 0 ? message.substring(0, colon) : null;
            if (message.contains("exists")) {
                throw ApiException.conflict(field, message);
            }
            throw ApiException.badRequest(field, colon > 0 ? message.substring(colon + 1).trim() : message);
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.created(URI.create("system/tokens/" + created.info.name)).cacheControl(noStore)
                .entity(TokenResponse.of(created.info, created.secret)).build();
    }

    @DELETE
    @Path("{name}")
    public Response revoke(@PathParam("name") String name) {
        if (!tokens.revoke(name)) {
            throw ApiException.notFound("no token named '" + name + "'");
        }
        return Response.noContent().build();
    }
}
