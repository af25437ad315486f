package io.rotordream.metrics.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import io.rotordream.metrics.api.MetricsCollector;
import io.rotordream.metrics.api.MetricsSnapshot;
import io.rotordream.security.api.AuthRateLimiter;
import io.rotordream.security.api.Authentication;
import io.rotordream.security.api.Role;
import io.rotordream.security.api.TokenService;

/**
 * {@code GET /metrics} in the Prometheus text format, for a bearer token of role viewer or above
 * (Prometheus: {@code authorization: {credentials_file: ...}} in the scrape config). Outside the
 * JAX-RS application, so it authenticates with the same token service and rate limiter itself.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + MetricsContext.NAME + ")")
public final class PrometheusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String CHALLENGE = "Bearer realm=\"rotordream\"";

    private final transient TokenService tokens;
    private final transient AuthRateLimiter limiter;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile MetricsCollector collector;

    @Activate
    public PrometheusServlet(@Reference TokenService tokens, @Reference AuthRateLimiter limiter) {
        this.tokens = tokens;
        this.limiter = limiter;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            error(resp, 405, "method_not_allowed", "only GET and HEAD are allowed on /metrics");
            resp.setHeader("Allow", "GET, HEAD");
            return;
        }
        if (!authorised(req, resp)) {
            return;
        }
        MetricsCollector c = collector;
        MetricsSnapshot s = c == null ? null : c.latest();
        if (s == null) {
            error(resp, 503, "unavailable", "the metrics collector is not running yet");
            return;
        }
        byte[] body = PrometheusFormat.write(s.families).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(200);
        resp.setContentType(PrometheusFormat.CONTENT_TYPE);
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(body.length);
        if ("GET".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }

    private boolean authorised(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String secret = bearer(req.getHeader("Authorization"));
        String address = req.getRemoteAddr();
        long wait = limiter.retryAfterSeconds(address);
        if (wait > 0 && !tokens.recentlyVerified(secret)) {
            resp.setHeader("Retry-After", Long.toString(wait));
            error(resp, 429, "too_many_requests", "too many failed authentications; retry in " + wait + " s");
            return false;
        }
        Authentication auth = tokens.authenticate(secret);
        if (!auth.ok()) {
            if (auth.failure() != Authentication.Failure.MISSING) {
                limiter.recordFailure(address);
            }
            resp.setHeader("WWW-Authenticate", auth.failure() == Authentication.Failure.MISSING ? CHALLENGE
                    : CHALLENGE + ", error=\"invalid_token\"");
            error(resp, 401, "unauthorized", "an Authorization: Bearer <token> header of role viewer is required");
            return false;
        }
        return auth.token().role.includes(Role.VIEWER);
    }

    static String bearer(String header) {
        if (header == null) {
            return null;
        }
        String h = header.trim();
        return h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7) ? null : h.substring(7).trim();
    }

    private static void error(HttpServletResponse resp, int status, String code, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.getWriter().write("{\"error\":{\"status\":" + status + ",\"code\":\"" + code + "\",\"message\":\""
                + message.replace("\"", "'") + "\"}}");
    }
}
