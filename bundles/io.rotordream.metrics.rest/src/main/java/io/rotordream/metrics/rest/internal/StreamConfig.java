package io.rotordream.metrics.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "RotorDream realtime metrics stream",
        description = "Server-Sent Events of the realtime metrics at /api/performance/metrics/stream.")
public @interface StreamConfig {
    String PID = "rotordream.metrics.stream";

    @AttributeDefinition(name = "Clients", min = "0", max = "256", description = "Streams open at once; more are refused with 503.")
    int max__clients() default 8;

    @AttributeDefinition(name = "Events in flight", min = "1", max = "100",
            description = "Events a slow client may have unwritten; newer ones are skipped for it until it catches up.")
    int max__pending() default 4;
}
