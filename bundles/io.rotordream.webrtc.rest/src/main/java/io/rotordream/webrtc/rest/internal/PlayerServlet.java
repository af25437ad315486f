package io.rotordream.webrtc.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The player page (plain HTML and JavaScript, no build step) from the bundle's resources. Public:
 * the page holds no data; it asks the user for a token and calls the API with it.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + PlayerContext.NAME + ")")
public final class PlayerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FILES = Map.of("/", "index.html", "/index.html", "index.html",
            "/player.js", "player.js", "/timecode.js", "timecode.js", "/player.css", "player.css");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        String file = FILES.get(path);
        if (file == null) {
            resp.sendError(404);
            return;
        }
        try (InputStream in = PlayerServlet.class.getResourceAsStream("/player/" + file)) {
            if (in == null) {
                resp.sendError(404);
                return;
            }
            resp.setContentType(file.endsWith(".html") ? "text/html; charset=utf-8"
                    : file.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
            resp.setHeader("Cache-Control", "no-cache");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            // The page talks to its own origin only; the token never leaves it.
            resp.setHeader("Content-Security-Policy",
                    "default-src 'self'; img-src 'self' data:; media-src 'self' blob:; connect-src 'self'");
            in.transferTo(resp.getOutputStream());
        }
    }
}
