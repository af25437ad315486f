package io.rotordream.system.rest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;

import io.rotordream.rest.api.ApiException;
import io.rotordream.rest.api.Endpoint;
import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamApi;
import io.rotordream.rest.api.RotorDreamResource;

@Component(service = SystemResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("system")
@Produces(MediaType.APPLICATION_JSON)
public final class SystemResource {

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final JaxrsServiceRuntime jaxrs;

    @Activate
    public SystemResource(BundleContext context, @Reference ServiceComponentRuntime scr,
            @Reference JaxrsServiceRuntime jaxrs) {
        this.context = context;
        this.scr = scr;
        this.jaxrs = jaxrs;
    }

    @GET
    @Path("status")
    @RolesAllowed(Roles.VIEWER)
    public SystemStatus status() {
        return SystemStatus.read(context);
    }

    @GET
    @Path("bundles")
    @RolesAllowed(Roles.VIEWER)
    public List<BundleInfo> bundles() {
        return Arrays.stream(context.getBundles()).map(b -> BundleInfo.of(b, scr)).toList();
    }

    /** Every resource method the API serves now, with the role it declares. */
    @GET
    @Path("endpoints")
    @RolesAllowed(Roles.VIEWER)
    public List<Endpoint> endpoints() {
        ApplicationDTO app = Arrays.stream(jaxrs.getRuntimeDTO().applicationDTOs)
                .filter(a -> RotorDreamApi.NAME.equals(a.name)).findFirst()
                .orElseThrow(() -> ApiException.unavailable("the API application is not registered"));
        List<Endpoint> out = new ArrayList<>();
        for (ResourceDTO r : app.resourceDTOs) {
            Class<?> type = resourceClass(r.serviceId);
            if (type != null) {
                out.addAll(Endpoint.scan(type));
            }
        }
        out.sort(Comparator.comparing((Endpoint e) -> e.path).thenComparing(e -> e.method));
        return out;
    }

    private Class<?> resourceClass(long serviceId) {
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(service.id=" + serviceId + ")");
            if (refs == null) {
                return null;
            }
            Bundle owner = refs[0].getBundle();
            String[] classes = (String[]) refs[0].getProperty("objectClass");
            return owner == null ? null : owner.loadClass(classes[0]);
        } catch (InvalidSyntaxException | ClassNotFoundException e) {
            return null;
        }
    }
}
