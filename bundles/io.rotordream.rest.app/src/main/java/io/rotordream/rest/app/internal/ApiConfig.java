package io.rotordream.rest.app.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "RotorDream REST API", description = "Limits and cross-origin access of the API at /api.")
public @interface ApiConfig {
    String PID = "rotordream.api";

    @AttributeDefinition(name = "Largest request body (KiB)", min = "1", max = "65536",
            description = "A larger body is refused with 413 before it is read.")
    int max__body__kb() default 256;

    @AttributeDefinition(name = "Allowed browser origins", required = false,
            description = "Origins (scheme://host[:port]) whose pages may call the API, e.g. a WHEP player hosted elsewhere.")
    String[] cors__origins() default {};
}
