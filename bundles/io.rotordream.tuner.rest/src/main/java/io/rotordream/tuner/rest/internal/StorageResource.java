package io.rotordream.tuner.rest.internal;

import java.util.Set;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamResource;
import io.rotordream.tuner.api.ProfileService;

import io.rotordream.tuner.api.dto.TuningResultDTO;

/**
 * PUT /api/performance/storage/config: I/O scheduler and its tunables, read-ahead, write cache, and
 * mount options, which are carried out only with "confirm": true. The body is translated into profile
 * settings and applied as one all-or-nothing change; ?dry_run=true returns the plan (knob, path, old
 * -> new) and changes nothing.
 */
@Component(service = StorageResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("performance/storage")
@Produces(MediaType.APPLICATION_JSON)
public final class StorageResource {

    private final ProfileService profiles;

    @Activate
    public StorageResource(@Reference ProfileService profiles) {
        this.profiles = profiles;
    }

    @PUT
    @Path("config")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public TuningResultDTO storage(Requests.StorageConfig body, @QueryParam("dry_run") String dryRun) {
        boolean dry = Calls.dryRun(dryRun);
        return Calls.call(() -> profiles.applySettings(SettingsBodies.storage(body), "PUT /api/performance/storage/config", Boolean.TRUE.equals(body.confirm) ? Set.of("*") : Set.of(), dry));
    }
}
