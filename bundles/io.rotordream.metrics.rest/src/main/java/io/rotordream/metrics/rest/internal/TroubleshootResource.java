package io.rotordream.metrics.rest.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ServiceScope;

import io.rotordream.metrics.api.analysis.PerformanceAnalysis;
import io.rotordream.metrics.api.analysis.TroubleshootReport;
import io.rotordream.rest.api.ApiException;
import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamResource;

/** Findings with evidence for one area: cpu, memory, storage or network. */
@Component(service = TroubleshootResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("performance/troubleshoot")
@Produces(MediaType.APPLICATION_JSON)
public final class TroubleshootResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile PerformanceAnalysis analysis;

    /** area: cpu, memory, storage or network. */
    @GET
    @Path("{area}")
    @RolesAllowed(Roles.VIEWER)
    public TroubleshootReport troubleshoot(@PathParam("area") String area) {
        if (!PerformanceAnalysis.AREAS.contains(area)) {
            throw ApiException.badRequest("area", "area must be one of " + PerformanceAnalysis.AREAS);
        }
        PerformanceAnalysis a = analysis;
        if (a == null) {
            throw ApiException.unavailable("the performance analysis is not running");
        }
        return a.troubleshoot(area);
    }
}
