package io.rotordream.rest.app.internal;

import java.time.Instant;
import java.util.Set;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.Context;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.rotordream.rest.api.RotorDreamApi;
import io.rotordream.rest.api.RotorDreamExtension;
import io.rotordream.security.api.AuditEntry;
import io.rotordream.security.api.AuditLog;

/** Writes every mutating request, refused or not, to the audit log. */
@Component(service = ContainerResponseFilter.class, property = "rotordream.extension=audit")
@RotorDreamExtension
@Priority(Priorities.USER + 1000)
public final class AuditFilter implements ContainerResponseFilter {

    private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile AuditLog audit;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!MUTATING.contains(request.getMethod())) {
            return;
        }
        Object token = request.getProperty(RotorDreamApi.TOKEN_NAME_PROPERTY);
        audit.record(new AuditEntry(Instant.now(), token == null ? null : token.toString(),
                servletRequest == null ? null : servletRequest.getRemoteAddr(), request.getMethod(),
                request.getUriInfo().getRequestUri().getRawPath(), response.getStatus()));
    }
}
