package io.rotordream.tuner.rest.internal;

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
import io.rotordream.tuner.api.TuningService;
import io.rotordream.tuner.api.dto.ActionResultDTO;
import io.rotordream.tuner.api.dto.TuningResultDTO;
import io.rotordream.tuner.api.dto.TuningStatusDTO;
import io.rotordream.tuner.api.dto.VerifyDTO;

/** Every knob (current, profile value, saved original, drift), verify, revert, and drop_caches. */
@Component(service = TuningResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("performance/tuning")
@Produces(MediaType.APPLICATION_JSON)
public final class TuningResource {

    private final TuningService tuning;

    @Activate
    public TuningResource(@Reference TuningService tuning) {
        this.tuning = tuning;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    public TuningStatusDTO status() {
        return Calls.call(tuning::status);
    }

    /** Reads every knob the configuration wants back and reports those changed by hand; changes nothing. */
    @POST
    @Path("verify")
    @RolesAllowed(Roles.VIEWER)
    public VerifyDTO verify() {
        return Calls.call(tuning::verify);
    }

    /** Tuning off: every knob back to its original, every configuration a profile changed back, no active profile. */
    @POST
    @Path("revert")
    @RolesAllowed(Roles.OPERATOR)
    public TuningResultDTO revert(@QueryParam("dry_run") String dryRun) {
        boolean dry = Calls.dryRun(dryRun);
        return Calls.call(() -> tuning.revert(dry));
    }

    /** Frees clean page cache (1), dentries and inodes (2) or both (3); never part of a profile. */
    @POST
    @Path("drop_caches")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public ActionResultDTO dropCaches(Requests.DropCaches body, @QueryParam("dry_run") String dryRun) {
        boolean dry = Calls.dryRun(dryRun);
        if (body == null || body.level == null) {
            throw ApiException.badRequest("level", "level is 1 (page cache), 2 (dentries and inodes) or 3 (both)");
        }
        return Calls.call(() -> tuning.action("vm", "drop_caches", Integer.toString(body.level), dry));
    }
}
