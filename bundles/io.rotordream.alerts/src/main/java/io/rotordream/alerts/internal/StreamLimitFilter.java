package io.rotordream.alerts.internal;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
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
 * Refuses a new alert stream with 503 when the limit is reached, before the resource method: once
 * the event sink is injected the answer is a stream and can no longer carry an error status.
 */
@Component(service = ContainerRequestFilter.class)
@RotorDreamExtension
@Priority(Priorities.USER)
public final class StreamLimitFilter implements ContainerRequestFilter {

    private final AlertsComponent alerts;

    @Context
    ResourceInfo resource;

    @Activate
    public StreamLimitFilter(@Reference AlertsComponent alerts) {
        this.alerts = alerts;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource == null || resource.getResourceMethod() == null
                || resource.getResourceClass() != AlertsResource.class
                || !resource.getResourceMethod().getName().equals("stream") || !alerts.streamsFull()) {
            return;
        }
        request.abortWith(Response.status(503).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(503, "too_many_streams",
                        "the limit of open alert streams is reached (rotordream.alert.notify sse_max_clients)", null))
                .build());
    }
}
