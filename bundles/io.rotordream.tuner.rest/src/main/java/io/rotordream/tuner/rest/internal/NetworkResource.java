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
 * PUT /api/performance/network/config: socket buffers, busy polling, NIC rings, offloads, coalescing,
 * MTU, traffic shaping. The body is translated into profile settings and applied as one all-or-nothing
 * change; ?dry_run=true returns the plan (knob, path, old -> new) and changes nothing.
 */
@Component(service = NetworkResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("performance/network")
@Produces(MediaType.APPLICATION_JSON)
public final class NetworkResource {

    private final ProfileService profiles;

    @Activate
    public NetworkResource(@Reference ProfileService profiles) {
        this.profiles = profiles;
    }

    @PUT
    @Path("config")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public TuningResultDTO network(Requests.NetworkConfig body, @QueryParam("dry_run") String dryRun) {
        boolean dry = Calls.dryRun(dryRun);
        return Calls.call(() -> profiles.applySettings(SettingsBodies.network(body), "PUT /api/performance/network/config", Set.of(), dry));
    }
}
