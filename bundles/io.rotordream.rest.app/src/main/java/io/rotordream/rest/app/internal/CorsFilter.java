package io.rotordream.rest.app.internal;

import java.util.Set;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

import io.rotordream.rest.api.RotorDreamExtension;

/**
 * Cross-origin access for the configured origins only (a WHEP player on another host). Preflights
 * are answered before authentication because browsers send them without credentials.
 */
@Component(service = { ContainerRequestFilter.class, ContainerResponseFilter.class },
        configurationPid = ApiConfig.PID)
@RotorDreamExtension
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public final class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String ALLOW_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
    static final String ALLOW_HEADERS = "Authorization, Content-Type, If-Match";
    static final String EXPOSE_HEADERS = "Location, Link, ETag, Retry-After, WWW-Authenticate";

    private volatile Set<String> origins;

    @Activate
    public CorsFilter(ApiConfig config) {
        modified(config);
    }

    @Modified
    void modified(ApiConfig config) {
        origins = Set.of(config.cors__origins());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        boolean preflight = "OPTIONS".equals(request.getMethod()) && origin != null
                && request.getHeaderString("Access-Control-Request-Method") != null;
        if (!preflight) {
            return;
        }
        if (!origins.contains(origin)) {
            request.abortWith(ErrorTranslator.response(403, "forbidden", "origin " + origin + " is not allowed", null)
                    .build());
            return;
        }
        request.abortWith(Response.noContent().header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Methods", ALLOW_METHODS)
                .header("Access-Control-Allow-Headers", ALLOW_HEADERS).header("Access-Control-Max-Age", "600")
                .header("Vary", "Origin").build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (origin != null && origins.contains(origin)) {
            MultivaluedMap<String, Object> h = response.getHeaders();
            h.putSingle("Access-Control-Allow-Origin", origin);
            h.putSingle("Access-Control-Expose-Headers", EXPOSE_HEADERS);
            h.add("Vary", "Origin");
        }
    }
}
