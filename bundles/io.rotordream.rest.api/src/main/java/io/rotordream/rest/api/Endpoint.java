package io.rotordream.rest.api;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;

/** One resource method as a client sees it: HTTP method, path below {@code /api}, declared access. */
public final class Endpoint {

    public final String method;
    /** Path below {@code /api}, with template parameters as written ({@code /system/tokens/{name}}). */
    public final String path;
    /** {@link EndpointAccess#PUBLIC}, a role name, or {@code null} when undeclared. */
    public final String access;
    public final String javaMethod;

    public Endpoint(String method, String path, String access, String javaMethod) {
        this.method = method;
        this.path = path;
        this.access = access;
        this.javaMethod = javaMethod;
    }

    /** Every resource method of a JAX-RS root resource class. */
    public static List<Endpoint> scan(Class<?> resourceClass) {
        List<Endpoint> out = new ArrayList<>();
        Path classPath = resourceClass.getAnnotation(Path.class);
        for (Method m : resourceClass.getMethods()) {
            String http = httpMethod(m);
            if (http == null) {
                continue;
            }
            Path methodPath = m.getAnnotation(Path.class);
            String path = join(classPath == null ? "" : classPath.value(), methodPath == null ? "" : methodPath.value());
            out.add(new Endpoint(http, path, EndpointAccess.of(resourceClass, m),
                    resourceClass.getName() + "." + m.getName()));
        }
        return out;
    }

    static String httpMethod(Method m) {
        for (Class<? extends java.lang.annotation.Annotation> a : List.of(GET.class, POST.class, PUT.class,
                DELETE.class, PATCH.class, HEAD.class, OPTIONS.class)) {
            if (m.isAnnotationPresent(a)) {
                return a.getAnnotation(HttpMethod.class).value();
            }
        }
        return null;
    }

    static String join(String a, String b) {
        String p = "/" + a.replaceAll("^/+|/+$", "") + "/" + b.replaceAll("^/+|/+$", "");
        p = p.replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
