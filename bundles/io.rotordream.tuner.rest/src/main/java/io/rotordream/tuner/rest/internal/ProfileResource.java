package io.rotordream.tuner.rest.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import io.rotordream.rest.api.ApiException;
import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamResource;
import io.rotordream.tuner.api.ProfileService;
import io.rotordream.tuner.api.TuningService;
import io.rotordream.tuner.api.dto.ActiveProfileDTO;
import io.rotordream.tuner.api.dto.TuningResultDTO;

/**
 * POST /api/performance/profile/apply: one call switches CPU, memory, storage, network, encoder and
 * pipeline together, all or nothing; GET shows the active profile, which survives restarts.
 */
@Component(service = ProfileResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("performance/profile")
@Produces(MediaType.APPLICATION_JSON)
public final class ProfileResource {

    private final ProfileService profiles;
    private final TuningService tuning;

    @Activate
    public ProfileResource(@Reference ProfileService profiles, @Reference TuningService tuning) {
        this.profiles = profiles;
        this.tuning = tuning;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    public ActiveProfileDTO active() {
        return tuning.active();
    }

    @POST
    @Path("apply")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public TuningResultDTO apply(Requests.Apply body, @QueryParam("dry_run") String dryRun) {
        boolean dry = Calls.dryRun(dryRun);
        SettingsBodies.required(body);
        if (body.profile == null || body.profile.isBlank()) {
            throw ApiException.badRequest("profile", "name the profile to apply");
        }
        Set<String> confirm = body.confirm == null ? Set.of() : new LinkedHashSet<>(body.confirm);
        return Calls.call(() -> profiles.apply(body.profile, body.components, confirm, dry));
    }
}
