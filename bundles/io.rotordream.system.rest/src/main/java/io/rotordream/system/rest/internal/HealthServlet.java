package io.rotordream.system.rest.internal;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code GET /api/health} without authentication. A plain servlet rather than a JAX-RS resource so
 * that it can answer 503 while the API application itself is missing.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + HealthContext.NAME + ")")
public final class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient HealthService health;
    private final transient ObjectMapper mapper = new ObjectMapper();

    @Activate
    public HealthServlet(@Reference HealthService health) {
        this.health = health;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HealthReport report = health.check();
        resp.setStatus(report.up() ? 200 : 503);
        resp.setContentType("application/json");
        resp.setHeader("Cache-Control", "no-store");
        mapper.writeValue(resp.getOutputStream(), report);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException, javax.servlet.ServletException {
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            resp.setStatus(405);
            resp.setHeader("Allow", "GET, HEAD");
            resp.setContentType("application/json");
            resp.getWriter().write("{\"error\":{\"status\":405,\"code\":\"method_not_allowed\",\"message\":\""
                    + req.getMethod().replaceAll("[^A-Z]", "") + " is not allowed on /api/health; allowed: GET, HEAD\"}}");
            return;
        }
        super.service(req, resp);
    }
}
