package io.rotordream.metrics.rest.internal;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.annotation.Priority;
import javax.ws.rs.Path;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.ext.WriterInterceptor;
import javax.ws.rs.ext.WriterInterceptorContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.rotordream.rest.api.RotorDreamExtension;

/**
 * Times every request of the API from before any other filter (including authentication and
 * refusals) until its body is written: a request filter starts the clock, a response filter stops
 * it when there is no body, a writer interceptor when there is one.
 */
@Component(service = { ContainerRequestFilter.class, ContainerResponseFilter.class, WriterInterceptor.class })
@RotorDreamExtension
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500)
public final class RequestMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    static final String START = "rotordream.metrics.start";
    static final String PENDING = "rotordream.metrics.pending";

    private final RequestStats stats;
    private final Map<Method, String> templates = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Activate
    public RequestMetricsFilter(@Reference RequestStats stats) {
        this.stats = stats;
    }

    record Pending(String method, String endpoint, int status, long start) {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(START, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object start = request.getProperty(START);
        if (!(start instanceof Long t0)) {
            return;
        }
        Pending p = new Pending(request.getMethod(), endpoint(), response.getStatus(), t0);
        if (response.hasEntity()) {
            request.setProperty(PENDING, p);
        } else {
            finish(p);
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            context.proceed();
        } finally {
            Object p = context.getProperty(PENDING);
            if (p instanceof Pending pending) {
                context.removeProperty(PENDING);
                finish(pending);
            }
        }
    }

    private void finish(Pending p) {
        stats.record(p.method(), p.endpoint(), p.status(), (System.nanoTime() - p.start()) / 1e9);
    }

    /** The matched resource's path template below /api, or "unmatched". */
    private String endpoint() {
        Method m;
        Class<?> c;
        try {
            m = resource == null ? null : resource.getResourceMethod();
            c = resource == null ? null : resource.getResourceClass();
        } catch (RuntimeException noRequestInScope) {
            return "unmatched";
        }
        if (m == null || c == null) {
            return "unmatched";
        }
        return templates.computeIfAbsent(m, x -> template(c, x));
    }

    static String template(Class<?> type, Method method) {
        Path a = type.getAnnotation(Path.class);
        Path b = method.getAnnotation(Path.class);
        String p = "/" + (a == null ? "" : a.value()) + "/" + (b == null ? "" : b.value());
        p = p.replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
