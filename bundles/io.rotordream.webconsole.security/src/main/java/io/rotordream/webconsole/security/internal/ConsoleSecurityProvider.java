package io.rotordream.webconsole.security.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.felix.webconsole.spi.SecurityProvider;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.rotordream.security.api.AuthRateLimiter;
import io.rotordream.security.api.Authentication;
import io.rotordream.security.api.Role;
import io.rotordream.security.api.TokenService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Web Console accepts what the API accepts: an admin token, as the Basic password (any user
 * name) or as a Bearer token. Felix's built-in admin/admin never applies: the runtime requires
 * this provider ({@code felix.webconsole.security.providers=rotordream}) and it outranks the
 * console's own.
 */
@Component(property = { SecurityProvider.PROPERTY_ID + "=rotordream", "service.ranking:Integer=10000" })
public final class ConsoleSecurityProvider implements SecurityProvider {

    static final String REALM = "RotorDream Web Console (password: an admin API token)";

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile TokenService tokens;
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile AuthRateLimiter limiter;

    @Override
    public Object authenticate(HttpServletRequest request, HttpServletResponse response) {
        String address = request.getRemoteAddr();
        String secret = secret(request.getHeader("Authorization"));
        long wait = limiter.retryAfterSeconds(address);
        if (wait > 0 && !tokens.recentlyVerified(secret)) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(wait));
            response.setContentLength(0);
            return null;
        }
        if (secret != null) {
            Authentication auth = tokens.authenticate(secret);
            if (auth.ok() && auth.token().role.includes(Role.ADMIN)) {
                return auth.token().name;
            }
            limiter.recordFailure(address);
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentLength(0);
        return null;
    }

    /** The token in a Basic password or a Bearer header, or {@code null}. */
    static String secret(String header) {
        if (header == null) {
            return null;
        }
        String h = header.trim();
        if (h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return h.substring(7).trim();
        }
        if (!h.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(h.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public boolean authorize(Object user, String role) {
        return user != null; // only admin tokens authenticate
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response) {
        // Basic credentials live in the browser; nothing is held server-side.
    }
}
