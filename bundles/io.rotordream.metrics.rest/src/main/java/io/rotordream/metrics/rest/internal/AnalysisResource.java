package io.rotordream.metrics.rest.internal;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ServiceScope;

import io.rotordream.metrics.api.analysis.BottleneckReport;
import io.rotordream.metrics.api.analysis.PerformanceAnalysis;
import io.rotordream.metrics.api.analysis.Recommendation;
import io.rotordream.rest.api.ApiException;
import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamResource;

/** Bottlenecks, and recommendations with the call that applies each. */
@Component(service = AnalysisResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("performance/analysis")
@Produces(MediaType.APPLICATION_JSON)
public final class AnalysisResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile PerformanceAnalysis analysis;

    private PerformanceAnalysis analysis() {
        PerformanceAnalysis a = analysis;
        if (a == null) {
            throw ApiException.unavailable("the performance analysis is not running");
        }
        return a;
    }

    @GET
    @Path("bottlenecks")
    @RolesAllowed(Roles.VIEWER)
    public BottleneckReport bottlenecks() {
        return analysis().bottlenecks();
    }

    @GET
    @Path("recommendations")
    @RolesAllowed(Roles.VIEWER)
    public List<Recommendation> recommendations() {
        return analysis().recommendations();
    }
}
