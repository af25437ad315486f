package io.rotordream.http.config.internal;

import java.io.IOException;

import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.http.whiteboard.Preprocessor;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Runs before every servlet context (the API, the console, health, the player), so each client
 * address is held to its share of concurrent requests and request rate. Refusals are 429 with
 * Retry-After and the API's error body.
 */
@Component(service = Preprocessor.class, configurationPid = LimitsConfig.PID)
@Designate(ocd = LimitsConfig.class)
public final class RequestLimitsPreprocessor implements Preprocessor {

    private volatile AddressLimiter limiter;

    @Activate
    public RequestLimitsPreprocessor(LimitsConfig config) {
        modified(config);
    }

    @Modified
    void modified(LimitsConfig c) {
        limiter = new AddressLimiter(c.max__concurrent__per__address(), c.max__rate__per__address(),
                c.burst__per__address(), c.max__addresses(), System::nanoTime);
    }

    @Override
    public void init(FilterConfig filterConfig) {
        // nothing to set up
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        AddressLimiter l = limiter;
        String address = request.getRemoteAddr();
        AddressLimiter.Verdict v = l.enter(address);
        if (v != AddressLimiter.Verdict.OK) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(429);
            http.setHeader("Retry-After", Long.toString(l.retryAfterSeconds()));
            http.setContentType("application/json");
            String why = v == AddressLimiter.Verdict.TOO_MANY ? "too many requests at once from " + address
                    : "request rate from " + address + " over the limit";
            http.getWriter().write("{\"error\":{\"status\":429,\"code\":\"too_many_requests\",\"message\":\"" + why
                    + "\"}}");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            l.done(address);
        }
    }

    @Override
    public void destroy() {
        // nothing held
    }
}
