package io.rotordream.rest.app.internal;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.rest.api.RotorDreamExtension;

/** The one place a failure becomes a response: unknown paths, wrong methods, bad JSON, bugs. */
@Component(service = javax.ws.rs.ext.ExceptionMapper.class, property = "rotordream.extension=errors")
@RotorDreamExtension
public final class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    @Context
    UriInfo uri;
    @Context
    Request request;

    @Override
    public Response toResponse(Throwable t) {
        String path = uri == null ? "?" : "/" + uri.getBaseUri().getPath().replaceAll("^/+|/+$", "") + "/"
                + uri.getPath().replaceAll("^/+", "");
        String method = request == null ? "?" : request.getMethod();
        Response r = ErrorTranslator.translate(t, method, path);
        if (r.getStatus() >= 500) {
            Throwable cause = t instanceof WebApplicationException && t.getCause() != null ? t.getCause() : t;
            LOG.error("{} {} failed with {}", method, path, r.getStatus(), cause);
        }
        return r;
    }
}
