package io.rotordream.metrics.rest.internal;

import javax.ws.rs.Priorities;
import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.rotordream.rest.api.ErrorBody;
import io.rotordream.rest.api.RotorDreamExtension;

/**
 * Refuses a new metrics stream with 503 when the limit is reached. It must act before the
 * resource method: injecting the event sink already turns the request into a stream, after which
 * no error status can be sent.
 */
@Component(service = ContainerRequestFilter.class)
@RotorDreamExtension
@Priority(Priorities.USER)
public final class StreamLimitFilter implements ContainerRequestFilter {

    private final RealtimeStream stream;

    @Context
    ResourceInfo resource;

    @Activate
    public StreamLimitFilter(@Reference RealtimeStream stream) {
        this.stream = stream;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource == null || resource.getResourceMethod() == null
                || resource.getResourceClass() != MetricsResource.class
                || !resource.getResourceMethod().getName().equals("stream") || !stream.full()) {
            return;
        }
        request.abortWith(Response.status(503).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(503, "too_many_streams",
                        "the limit of open metric streams is reached (rotordream.metrics.stream max_clients)", null))
                .build());
    }
}
