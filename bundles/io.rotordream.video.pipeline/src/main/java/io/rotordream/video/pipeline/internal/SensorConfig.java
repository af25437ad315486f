package io.rotordream.video.pipeline.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The seed's sensor and timing optimisation (GET/PUT /api/camera/sensor). */
@ObjectClassDefinition(name = "RotorDream sensor", description = "Exposure, gain, white balance, focus and timing.")
public @interface SensorConfig {
    String PID = "rotordream.camera.sensor";

    @AttributeDefinition(options = { @Option(value = "auto"), @Option(value = "manual") })
    String exposure__mode() default "auto";

    @AttributeDefinition(min = "10", max = "1000000")
    int exposure__time__us() default 33_333;

    @AttributeDefinition(options = { @Option(value = "auto"), @Option(value = "manual") })
    String gain__mode() default "auto";

    @AttributeDefinition(min = "0.25", max = "16")
    double gain__value() default 1.0;

    @AttributeDefinition(options = { @Option(value = "auto"), @Option(value = "manual"), @Option(value = "daylight"),
            @Option(value = "cloudy"), @Option(value = "tungsten"), @Option(value = "fluorescent") })
    String white__balance__mode() default "auto";

    @AttributeDefinition(options = { @Option(value = "continuous"), @Option(value = "auto"), @Option(value = "manual"),
            @Option(value = "fixed") })
    String focus__mode() default "continuous";

    @AttributeDefinition(min = "1", max = "240", description = "Frame rate the status compares the measured rate with.")
    double frame__rate__target() default 30.0;

    @AttributeDefinition(min = "0", max = "1", description = "Allowed relative deviation from the target rate.")
    double frame__rate__tolerance() default 0.1;

    @AttributeDefinition(options = { @Option(value = "hardware"), @Option(value = "software") },
            description = "hardware: driver timestamps; software: the monotonic clock at delivery.")
    String timing__source() default "hardware";

    boolean vsync__enabled() default true;
}
