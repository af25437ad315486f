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
 * PUT /api/performance/memory/config: swapping and writeback, and the buffer strategy. A root path
 * of its own, so the camera bundle's performance/memory (pools, status) is left as it is.
 */
@Component(service = MemoryConfigResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("performance/memory/config")
@Produces(MediaType.APPLICATION_JSON)
public final class MemoryConfigResource {

    private final ProfileService profiles;

    @Activate
    public MemoryConfigResource(@Reference ProfileService profiles) {
        this.profiles = profiles;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public TuningResultDTO put(Requests.MemoryConfig body, @QueryParam("dry_run") String dryRun) {
        boolean dry = Calls.dryRun(dryRun);
        return Calls.call(() -> profiles.applySettings(SettingsBodies.memory(body), "PUT /api/performance/memory/config",
                Set.of(), dry));
    }
}
