package io.rotordream.rest.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;
import org.osgi.service.jaxrs.whiteboard.annotations.RequireJaxrsWhiteboard;

/** Marks a DS component as a JAX-RS extension (filter, mapper, provider) of {@code rotordream}. */
@ComponentPropertyType
@RequireJaxrsWhiteboard
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RotorDreamExtension {

    String PREFIX_ = "osgi.jaxrs.";

    boolean extension() default true;

    String application_select() default RotorDreamApi.SELECT;
}
