package io.rotordream.rest.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;
import org.osgi.service.jaxrs.whiteboard.annotations.RequireJaxrsWhiteboard;

/**
 * Marks a DS component as a JAX-RS resource of the {@code rotordream} application. Every resource
 * method must also carry {@code @RolesAllowed} or {@code @PermitAll}; an undeclared one is refused
 * at run time and fails the build's role test.
 */
@ComponentPropertyType
@RequireJaxrsWhiteboard
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RotorDreamResource {

    String PREFIX_ = "osgi.jaxrs.";

    boolean resource() default true;

    String application_select() default RotorDreamApi.SELECT;
}
