package io.rotordream.metrics.rest.internal;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ServiceScope;

import io.rotordream.metrics.api.InvalidQueryException;
import io.rotordream.metrics.api.history.RegressionReport;
import io.rotordream.metrics.api.history.Regressions;
import io.rotordream.rest.api.ApiException;
import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamResource;

/** Regressions found in the history. */
@Component(service = RegressionResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("performance/regression")
@Produces(MediaType.APPLICATION_JSON)
public final class RegressionResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Regressions regressions;

    /**
     * Compares the recent window (default 30m) with the baseline before it (default 2h) for each
     * series with a known worse direction, or the named ones.
     */
    @GET
    @Path("detect")
    @RolesAllowed(Roles.VIEWER)
    public RegressionReport detect(@QueryParam("recent") @DefaultValue("30m") String recent,
            @QueryParam("baseline") @DefaultValue("2h") String baseline, @QueryParam("metrics") String metrics) {
        Regressions r = regressions;
        if (r == null) {
            throw ApiException.unavailable("the metrics history is not running");
        }
        try {
            List<String> names = Queries.names("metrics", metrics);
            return r.detect(Queries.duration("recent", recent), Queries.duration("baseline", baseline), names);
        } catch (InvalidQueryException e) {
            throw ApiException.badRequest(e.field(), e.getMessage());
        }
    }
}
