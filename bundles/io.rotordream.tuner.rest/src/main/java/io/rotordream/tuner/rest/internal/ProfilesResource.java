package io.rotordream.tuner.rest.internal;

import java.util.List;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import io.rotordream.rest.api.ApiException;
import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamResource;
import io.rotordream.tuner.api.ProfileService;
import io.rotordream.tuner.api.dto.ProfileDTO;

/** CRUD on /api/performance/profiles; the same profiles a file drop {@code rotordream.profile~NAME.cfg} makes. */
@Component(service = ProfilesResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("performance/profiles")
@Produces(MediaType.APPLICATION_JSON)
public final class ProfilesResource {

    private final ProfileService profiles;

    @Activate
    public ProfilesResource(@Reference ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    public List<ProfileDTO> list() {
        return profiles.list();
    }

    @GET
    @Path("{name}")
    @RolesAllowed(Roles.VIEWER)
    public ProfileDTO get(@PathParam("name") String name) {
        ProfileDTO p = profiles.get(name);
        if (p == null) {
            throw ApiException.notFound("no profile " + name);
        }
        return p;
    }

    /** Creates a profile; 409 when one of that name exists (PUT replaces). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public Response create(Requests.Profile body, @QueryParam("dry_run") String dryRun) {
        boolean dry = Calls.dryRun(dryRun);
        SettingsBodies.required(body);
        if (body.name == null) {
            throw ApiException.badRequest("name", "name the profile");
        }
        if (profiles.get(body.name) != null) {
            throw ApiException.conflict("name", "profile " + body.name + " exists; PUT /api/performance/profiles/"
                    + body.name + " replaces it");
        }
        ProfileDTO p = save(body.name, body, dry);
        return Response.status(dry ? 200 : 201).entity(p).build();
    }

    /** Creates or replaces a profile: settings left out are no longer the profile's. */
    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public ProfileDTO put(@PathParam("name") String name, Requests.Profile body, @QueryParam("dry_run") String dryRun) {
        boolean dry = Calls.dryRun(dryRun);
        SettingsBodies.required(body);
        if (body.name != null && !body.name.equals(name)) {
            throw ApiException.badRequest("name", "the body names " + body.name + ", the path " + name);
        }
        return save(name, body, dry);
    }

    private ProfileDTO save(String name, Requests.Profile body, boolean dry) {
        Map<String, Object> settings = body.settings == null ? Map.of() : body.settings;
        return Calls.call(() -> profiles.save(name, body.description, body.include, settings, dry));
    }

    @DELETE
    @Path("{name}")
    @RolesAllowed(Roles.OPERATOR)
    public Response delete(@PathParam("name") String name, @QueryParam("dry_run") String dryRun) {
        boolean dry = Calls.dryRun(dryRun);
        if (!Calls.call(() -> profiles.delete(name, dry))) {
            throw ApiException.notFound("no profile " + name);
        }
        return dry ? Response.ok(Map.of("dry_run", true, "would_delete", name)).build() : Response.noContent().build();
    }
}
