package io.rotordream.metrics.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ServiceScope;

import io.rotordream.metrics.api.MetricFamily;
import io.rotordream.metrics.api.MetricsCollector;
import io.rotordream.metrics.api.MetricsSnapshot;
import io.rotordream.rest.api.ApiException;
import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamResource;

/** The realtime metrics: one reading, a stream of them, and the catalogue of metric families. */
@Component(service = MetricsResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("performance/metrics")
@Produces(MediaType.APPLICATION_JSON)
public final class MetricsResource {

    private final RealtimeStream stream;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile MetricsCollector collector;

    @Activate
    public MetricsResource(@Reference RealtimeStream stream) {
        this.stream = stream;
    }

    private MetricsSnapshot latest() {
        MetricsCollector c = collector;
        MetricsSnapshot s = c == null ? null : c.latest();
        if (s == null) {
            throw ApiException.unavailable("the metrics collector is not running yet");
        }
        return s;
    }

    /**
     * The seed's performance figures (null where this machine cannot measure them now, with the
     * reason under absent), every other key figure, per-device and per-client detail, and with
     * families=true every metric family with its samples and counter rates.
     */
    @GET
    @Path("realtime")
    @RolesAllowed(Roles.VIEWER)
    public Map<String, Object> realtime(@QueryParam("families") @DefaultValue("false") String families) {
        if (!families.equals("true") && !families.equals("false")) {
            throw ApiException.badRequest("families", "families must be true or false");
        }
        return RealtimeView.of(latest(), Boolean.parseBoolean(families));
    }

    /** The realtime view as Server-Sent Events ("metrics"), one per collection. */
    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed(Roles.VIEWER)
    public void stream(@Context SseEventSink sink, @Context Sse sse) {
        if (!stream.open(sink, sse)) {
            sink.close(); // a race with the limit filter: the stream ends at once
        }
    }

    /** Every metric family with its type, help and number of series. */
    @GET
    @RolesAllowed(Roles.VIEWER)
    public List<Map<String, Object>> families() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (MetricFamily f : latest().families) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name);
            m.put("type", f.type.name().toLowerCase());
            m.put("help", f.help);
            m.put("series", f.samples.size());
            out.add(m);
        }
        return out;
    }
}
