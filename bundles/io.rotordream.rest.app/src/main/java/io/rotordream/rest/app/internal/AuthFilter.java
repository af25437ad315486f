package io.rotordream.rest.app.internal;

import java.lang.reflect.Method;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.rest.api.EndpointAccess;
import io.rotordream.rest.api.RotorDreamApi;
import io.rotordream.rest.api.RotorDreamExtension;
import io.rotordream.security.api.AuthRateLimiter;
import io.rotordream.security.api.Authentication;
import io.rotordream.security.api.Role;
import io.rotordream.security.api.TokenService;

/**
 * Bearer authentication and role authorisation of every resource method. A method that declares
 * no role is refused (fail closed). Failed attempts are limited per client address.
 */
@Component(service = ContainerRequestFilter.class, property = "rotordream.extension=security")
@RotorDreamExtension
@Priority(Priorities.AUTHENTICATION)
public final class AuthFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuthFilter.class);
    static final String CHALLENGE = "Bearer realm=\"rotordream\"";

    // Dynamic and greedy so that a restarted security bundle is picked up without re-registering
    // the filter (and with it the whole application).
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile TokenService tokens;
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile AuthRateLimiter limiter;

    @Context
    ResourceInfo resource;
    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return; // nothing matched: the 404/405 carries no data
        }
        String access = EndpointAccess.of(resource.getResourceClass(), method);
        if (EndpointAccess.PUBLIC.equals(access)) {
            return;
        }
        Role needed = Role.fromId(access);
        if (needed == null) {
            LOG.error("{}.{} declares no role: refused", method.getDeclaringClass().getName(), method.getName());
            request.abortWith(ErrorTranslator.response(403, "forbidden", "this endpoint declares no role", null).build());
            return;
        }
        String address = servletRequest == null ? "unknown" : servletRequest.getRemoteAddr();
        String secret = bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        long wait = limiter.retryAfterSeconds(address);
        // A blocked address still lets in a token verified moments ago (no slow hash, so no cost):
        // the operator's own client is not locked out by someone guessing from the same network.
        if (wait > 0 && !tokens.recentlyVerified(secret)) {
            request.abortWith(ErrorTranslator.response(429, "too_many_requests",
                    "too many failed authentications from " + address + "; retry in " + wait + " s", null)
                    .header("Retry-After", Long.toString(wait)).build());
            return;
        }
        Authentication auth = tokens.authenticate(secret);
        if (!auth.ok()) {
            if (auth.failure() != Authentication.Failure.MISSING) {
                limiter.recordFailure(address);
            }
            request.abortWith(unauthorized(auth.failure()));
            return;
        }
        if (!auth.token().role.includes(needed)) {
            request.setProperty(RotorDreamApi.TOKEN_NAME_PROPERTY, auth.token().name);
            request.abortWith(ErrorTranslator.response(403, "forbidden",
                    "requires role " + needed.id() + "; token '" + auth.token().name + "' has "
                            + auth.token().role.id(), null).build());
            return;
        }
        request.setProperty(RotorDreamApi.TOKEN_NAME_PROPERTY, auth.token().name);
        request.setSecurityContext(new TokenSecurityContext(auth.token(), request.getSecurityContext().isSecure()));
    }

    static String bearer(String header) {
        if (header == null) {
            return null;
        }
        String h = header.trim();
        if (h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return h.substring(7).trim();
    }

    private static Response unauthorized(Authentication.Failure failure) {
        String message = switch (failure) {
            case MISSING -> "an Authorization: Bearer <token> header is required";
            case EXPIRED -> "the token has expired";
            default -> "the token is not valid";
        };
        String challenge = failure == Authentication.Failure.MISSING ? CHALLENGE
                : CHALLENGE + ", error=\"invalid_token\"";
        return ErrorTranslator.response(401, "unauthorized", message, null)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }
}
