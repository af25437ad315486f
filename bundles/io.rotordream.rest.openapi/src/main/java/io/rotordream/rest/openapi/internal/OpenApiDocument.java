package io.rotordream.rest.openapi.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import io.rotordream.rest.api.Endpoint;
import io.rotordream.rest.api.EndpointAccess;
import io.rotordream.rest.api.RotorDreamApi;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * Generates the OpenAPI 3 document with swagger-core from the resource classes the JAX-RS
 * whiteboard serves right now, so a bundle that adds resources adds them to the document. Each
 * operation carries the role it declares ({@code x-rotordream-role}) and its security requirement.
 */
@Component(service = OpenApiDocument.class)
public final class OpenApiDocument {

    static final String ROLE_EXTENSION = "x-rotordream-role";
    private static final String BEARER = "bearer";

    private final BundleContext context;
    private final JaxrsServiceRuntime jaxrs;
    private ModelConverter snakeCase;
    private String cached;
    private Object cachedChangeCount;

    @Activate
    public OpenApiDocument(BundleContext context, @Reference JaxrsServiceRuntime jaxrs) {
        this.context = context;
        this.jaxrs = jaxrs;
    }

    @Deactivate
    synchronized void deactivate() {
        if (snakeCase != null) {
            ModelConverters.getInstance().removeConverter(snakeCase);
        }
    }

    synchronized String json(Object changeCount) throws Exception {
        if (snakeCase == null) {
            // Deferred to the first request: swagger's model machinery is heavy and only the
            // document needs it, not the appliance's start. The API names JSON fields in snake_case;
            // swagger must introspect the DTOs the same way.
            ObjectMapper mapper = Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
            snakeCase = new ModelResolver(mapper);
            ModelConverters.getInstance().addConverter(snakeCase);
        }
        if (cached == null || changeCount == null || !changeCount.equals(cachedChangeCount)) {
            cached = Json.pretty(build());
            cachedChangeCount = changeCount;
        }
        return cached;
    }

    OpenAPI build() {
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (ApplicationDTO app : jaxrs.getRuntimeDTO().applicationDTOs) {
            if (RotorDreamApi.NAME.equals(app.name)) {
                for (ResourceDTO r : app.resourceDTOs) {
                    Class<?> c = resourceClass(r.serviceId);
                    if (c != null) {
                        classes.add(c);
                    }
                }
            }
        }
        OpenAPI base = new OpenAPI()
                .info(new Info().title("RotorDream API").version(String.valueOf(context.getProperty("rotordream.version")))
                        .description("REST API of the RotorDream camera appliance. Every path except /health needs "
                                + "Authorization: Bearer <token>; x-rotordream-role names the least role."))
                .servers(List.of(new Server().url("/" + RotorDreamApi.BASE)))
                .components(new Components().addSecuritySchemes(BEARER,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
        Reader reader = new Reader(new SwaggerConfiguration().openAPI(base).readAllResources(true));
        OpenAPI api = reader.read(classes);
        annotateRoles(api, classes);
        return api;
    }

    private static void annotateRoles(OpenAPI api, Set<Class<?>> classes) {
        if (api.getPaths() == null) {
            return;
        }
        for (Class<?> c : classes) {
            for (Endpoint e : Endpoint.scan(c)) {
                PathItem item = api.getPaths().get(e.path);
                Operation op = item == null ? null : operation(item, e.method);
                if (op == null) {
                    continue;
                }
                op.addExtension(ROLE_EXTENSION, e.access == null ? "undeclared" : e.access);
                if (e.access != null && !EndpointAccess.PUBLIC.equals(e.access)) {
                    op.setSecurity(new ArrayList<>(List.of(new SecurityRequirement().addList(BEARER))));
                }
            }
        }
    }

    static Operation operation(PathItem item, String method) {
        Map<PathItem.HttpMethod, Operation> ops = item.readOperationsMap();
        try {
            return ops.get(PathItem.HttpMethod.valueOf(method));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Class<?> resourceClass(long serviceId) {
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(service.id=" + serviceId + ")");
            if (refs == null) {
                return null;
            }
            Bundle owner = refs[0].getBundle();
            String[] types = (String[]) refs[0].getProperty("objectClass");
            return owner == null ? null : owner.loadClass(types[0]);
        } catch (InvalidSyntaxException | ClassNotFoundException e) {
            return null;
        }
    }
}
