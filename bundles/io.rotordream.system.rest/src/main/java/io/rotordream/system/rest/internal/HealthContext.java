package io.rotordream.system.rest.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * A servlet context of its own at {@code /api/health}: longer than the API application's context
 * ({@code /api}), so health is answered even while the application is missing.
 */
@Component(service = ServletContextHelper.class)
@HttpWhiteboardContext(name = HealthContext.NAME, path = "/api/health")
public final class HealthContext extends ServletContextHelper {
    static final String NAME = "rotordream.health";
}
