package io.rotordream.webrtc.rest.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContext;

/** The player page's own servlet context at {@code /webrtc}, outside the API application. */
@Component(service = ServletContextHelper.class)
@HttpWhiteboardContext(name = PlayerContext.NAME, path = "/webrtc")
public final class PlayerContext extends ServletContextHelper {
    static final String NAME = "rotordream.webrtc.player";
}
