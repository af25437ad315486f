package io.rotordream.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Walks every resource method the whiteboard serves: each declares a role, and each is in the
 * OpenAPI document with that role.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class EndpointsIT extends RotorDreamTestSupport {

    @Inject
    JaxrsServiceRuntime jaxrs;

    private ApplicationDTO app() {
        for (ApplicationDTO a : jaxrs.getRuntimeDTO().applicationDTOs) {
            if ("rotordream".equals(a.name)) {
                return a;
            }
        }
        throw new AssertionError("application rotordream not registered");
    }

    @Test
    public void everyResourceMethodDeclaresARole() throws Exception {
        List<String> undeclared = new ArrayList<>();
        int methods = 0;
        for (ResourceDTO r : app().resourceDTOs) {
            ServiceReference<?> ref = context.getServiceReferences((String) null, "(service.id=" + r.serviceId + ")")[0];
            Class<?> type = ref.getBundle().loadClass(((String[]) ref.getProperty("objectClass"))[0]);
            for (Method m : type.getMethods()) {
                if (!isResourceMethod(m)) {
                    continue;
                }
                methods++;
                if (!has(m, "javax.annotation.security.RolesAllowed") && !has(m, "javax.annotation.security.PermitAll")
                        && !hasOnClass(type, "javax.annotation.security.RolesAllowed")
                        && !hasOnClass(type, "javax.annotation.security.PermitAll")) {
                    undeclared.add(type.getName() + "." + m.getName());
                }
            }
        }
        assertTrue("resource methods found: " + methods, methods >= 8);
        assertTrue("methods without a declared role: " + undeclared, undeclared.isEmpty());
    }

    private static boolean isResourceMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            for (Annotation meta : a.annotationType().getAnnotations()) {
                if (meta.annotationType().getName().equals("javax.ws.rs.HttpMethod")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean has(Method m, String annotation) {
        for (Annotation a : m.getAnnotations()) {
            if (a.annotationType().getName().equals(annotation)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOnClass(Class<?> c, String annotation) {
        for (Annotation a : c.getAnnotations()) {
            if (a.annotationType().getName().equals(annotation)) {
                return true;
            }
        }
        return false;
    }

    @Test
    public void everyRegisteredPathIsInTheOpenApiDocument() throws Exception {
        Http.Reply r = http.get("/api/openapi.json", adminToken());
        assertEquals(r.toString(), 200, r.status);
        JsonNode doc = r.json();
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        JsonNode paths = doc.get("paths");
        List<String> missing = new ArrayList<>();
        for (ResourceDTO res : app().resourceDTOs) {
            for (ResourceMethodInfoDTO m : res.resourceMethods) {
                String path = ("/" + m.path).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
                JsonNode op = paths.path(path).path(m.method.toLowerCase());
                if (op.isMissingNode()) {
                    missing.add(m.method + " " + path);
                } else {
                    assertNotNull(path, op.get("x-rotordream-role"));
                    assertFalse(path, "undeclared".equals(op.get("x-rotordream-role").asText()));
                }
            }
        }
        assertTrue("in the whiteboard but not in openapi.json: " + missing, missing.isEmpty());
    }

    @Test
    public void endpointListingMatchesTheWhiteboard() throws Exception {
        Http.Reply r = http.get("/api/system/endpoints", adminToken());
        assertEquals(200, r.status);
        int count = 0;
        for (JsonNode e : r.json()) {
            count++;
            assertFalse(e.toString(), e.path("access").isNull() || e.path("access").isMissingNode());
        }
        int whiteboard = 0;
        for (ResourceDTO res : app().resourceDTOs) {
            whiteboard += res.resourceMethods.length;
        }
        assertEquals(whiteboard, count);
    }
}
