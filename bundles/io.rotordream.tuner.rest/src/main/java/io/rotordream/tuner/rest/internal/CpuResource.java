package io.rotordream.tuner.rest.internal;

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

import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamResource;
import io.rotordream.tuner.api.ProfileService;
import io.rotordream.tuner.api.TuningService;
import io.rotordream.tuner.api.dto.AdviceDTO;
import io.rotordream.tuner.api.dto.TuningResultDTO;

/**
 * POST /api/performance/cpu/optimize (governor, affinity, priority) and the recommendations. The body
 * is translated into profile settings and applied as one all-or-nothing change; ?dry_run=true returns
 * the plan (knob, path, old -> new) and changes nothing.
 */
@Component(service = CpuResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("performance/cpu")
@Produces(MediaType.APPLICATION_JSON)
public final class CpuResource {

    private final ProfileService profiles;
    private final TuningService tuning;

    @Activate
    public CpuResource(@Reference ProfileService profiles, @Reference TuningService tuning) {
        this.profiles = profiles;
        this.tuning = tuning;
    }

    /** Facts of this machine (cores, governors, memory, disks, NICs, load) and what follows, each with its reason. */
    @GET
    @Path("recommendations")
    @RolesAllowed(Roles.VIEWER)
    public AdviceDTO recommendations() {
        return tuning.advice();
    }

    @POST
    @Path("optimize")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public TuningResultDTO optimize(Requests.CpuOptimize body, @QueryParam("dry_run") String dryRun) {
        boolean dry = Calls.dryRun(dryRun);
        return Calls.call(() -> profiles.applySettings(SettingsBodies.cpu(body), "POST /api/performance/cpu/optimize", Set.of(), dry));
    }
}
