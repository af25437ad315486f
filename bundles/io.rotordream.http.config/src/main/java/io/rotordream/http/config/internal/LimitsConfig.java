package io.rotordream.http.config.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "RotorDream HTTP limits",
        description = "Requests per client address, so one client (or a flood) cannot take the server from the others.")
public @interface LimitsConfig {
    String PID = "rotordream.http.limits";

    @AttributeDefinition(name = "Requests at once per address", min = "1", max = "10000",
            description = "In-flight requests (open event streams count) one client address may have.")
    int max__concurrent__per__address() default 32;

    @AttributeDefinition(name = "Requests per second per address", min = "1", max = "100000")
    int max__rate__per__address() default 100;

    @AttributeDefinition(name = "Burst per address", min = "1", max = "100000",
            description = "Requests an address may make at once above the steady rate.")
    int burst__per__address() default 200;

    @AttributeDefinition(name = "Tracked addresses", min = "16", max = "1000000")
    int max__addresses() default 10_000;
}
