package io.rotordream.rest.app.internal;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import io.rotordream.rest.api.RotorDreamApi;

/**
 * The one JAX-RS application. It is served only while its JSON, error, limit, audit and security
 * extensions are present, so no resource is ever reachable without authentication.
 */
@Component(service = Application.class)
@JaxrsName(RotorDreamApi.NAME)
@JaxrsApplicationBase(RotorDreamApi.BASE)
@JaxrsExtensionSelect({ "(" + RotorDreamApi.EXTENSION_PROPERTY + "=json)",
        "(" + RotorDreamApi.EXTENSION_PROPERTY + "=errors)",
        "(" + RotorDreamApi.EXTENSION_PROPERTY + "=limits)",
        "(" + RotorDreamApi.EXTENSION_PROPERTY + "=audit)",
        "(" + RotorDreamApi.EXTENSION_PROPERTY + "=security)" })
public final class RotorDreamApplication extends Application {
}
