package io.rotordream.rest.app.internal;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

import io.rotordream.rest.api.RotorDreamExtension;

/** 413 for a body over the configured size: at once from Content-Length, else while it streams. */
@Component(service = ContainerRequestFilter.class, configurationPid = ApiConfig.PID,
        property = "rotordream.extension=limits")
@Designate(ocd = ApiConfig.class)
@RotorDreamExtension
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class BodyLimitFilter implements ContainerRequestFilter {

    private volatile long maxBytes;

    @Activate
    public BodyLimitFilter(ApiConfig config) {
        modified(config);
    }

    @Modified
    void modified(ApiConfig config) {
        maxBytes = config.max__body__kb() * 1024L;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = maxBytes;
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                request.abortWith(ErrorTranslator.response(400, "bad_request", "invalid Content-Length", null).build());
                return;
            }
            if (length > limit) {
                request.abortWith(ErrorTranslator.response(LimitedInputStream.tooLarge(limit)));
                return;
            }
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
    }
}
