package io.rotordream.rest.openapi.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;

import io.rotordream.rest.api.Roles;
import io.rotordream.rest.api.RotorDreamResource;

@Component(service = OpenApiResource.class, scope = ServiceScope.PROTOTYPE)
@RotorDreamResource
@Path("openapi.json")
public final class OpenApiResource {

    private final OpenApiDocument document;
    private final Object changeCount;

    @Activate
    public OpenApiResource(@Reference OpenApiDocument document,
            @Reference(service = JaxrsServiceRuntime.class) org.osgi.framework.ServiceReference<JaxrsServiceRuntime> runtime) {
        this.document = document;
        this.changeCount = runtime.getProperty("service.changecount");
    }

    /** The OpenAPI 3 description of every resource the API serves now. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER)
    public Response get() throws Exception {
        // A string entity: the document has its own (swagger) JSON rules, not the API's DTO rules.
        return Response.ok(document.json(changeCount), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
