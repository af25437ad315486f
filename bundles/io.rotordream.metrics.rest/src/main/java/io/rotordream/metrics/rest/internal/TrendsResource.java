package io.rotordream.metrics.rest.internal;

import java.util.LinkedHashMap;
import java.util.Map;

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
import io.rotordream.metrics.api.history.MetricsHistory;
import io.rotordream.metrics.api.history.TrendResult;
import io.rotordream.rest.api.ApiException;
import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamResource;

/** History of the key figures. */
@Component(service = TrendsResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("performance/trends")
@Produces(MediaType.APPLICATION_JSON)
public final class TrendsResource {

    /** What the seed's trend call shows when no metrics are named. */
    static final String DEFAULT_METRICS = "cpu_usage_percent,memory_usage_percent,video_fps,encoding_time_ms,"
            + "network_latency_ms,storage_io_mbps";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile MetricsHistory history;

    /**
     * Min/avg/max per step of each series over the period (1h, 24h, 7d, or any such as 15m).
     * metrics: comma-separated figure names, or all; step: 1s, 1m or 1h (default: the finest
     * archive that covers the period within the point limit).
     */
    @GET
    @RolesAllowed(Roles.VIEWER)
    public TrendResult trends(@QueryParam("period") @DefaultValue("1h") String period,
            @QueryParam("metrics") @DefaultValue(DEFAULT_METRICS) String metrics, @QueryParam("step") String step) {
        MetricsHistory h = history;
        if (h == null) {
            throw ApiException.unavailable("the metrics history is not running");
        }
        try {
            return h.trends(Queries.duration("period", period), step == null ? null : Queries.duration("step", step),
                    Queries.names("metrics", metrics));
        } catch (InvalidQueryException e) {
            throw ApiException.badRequest(e.field(), e.getMessage());
        }
    }

    /** The series recorded and the archives kept. */
    @GET
    @Path("series")
    @RolesAllowed(Roles.VIEWER)
    public Map<String, Object> series() {
        MetricsHistory h = history;
        if (h == null) {
            throw ApiException.unavailable("the metrics history is not running");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("series", h.series());
        out.put("archives", h.archives());
        return out;
    }
}
