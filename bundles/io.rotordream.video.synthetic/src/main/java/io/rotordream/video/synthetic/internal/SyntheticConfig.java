package io.rotordream.video.synthetic.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "RotorDream synthetic sensor",
        description = "The test-pattern sensor used when no camera is present.")
public @interface SyntheticConfig {
    String PID = "rotordream.camera.synthetic";

    @AttributeDefinition(name = "Paced", description = "Deliver frames at the configured rate from the monotonic clock. "
            + "Off (benchmarks): as fast as buffers come back, never dropping.")
    boolean paced() default true;
}
