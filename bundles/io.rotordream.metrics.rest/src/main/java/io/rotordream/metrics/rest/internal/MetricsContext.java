package io.rotordream.metrics.rest.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContext;

/** A servlet context of its own at {@code /metrics}, where Prometheus expects its target. */
@Component(service = ServletContextHelper.class)
@HttpWhiteboardContext(name = MetricsContext.NAME, path = "/metrics")
public final class MetricsContext extends ServletContextHelper {
    static final String NAME = "rotordream.metrics";
}
