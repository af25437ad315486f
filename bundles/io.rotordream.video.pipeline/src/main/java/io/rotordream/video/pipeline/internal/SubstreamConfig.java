package io.rotordream.video.pipeline.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The second, smaller stream (mount {@code sub}) from its own encoder, for NVR grids and thin
 * links. Keys carry a {@code sub_} prefix: the pipeline component reads several PIDs as one
 * merged map, where {@code resolution} or {@code bitrate_kbps} would collide with the main
 * stream's.
 */
@ObjectClassDefinition(pid = SubstreamConfig.PID, name = "RotorDream sub-stream",
        description = "A smaller copy of the picture, encoded separately with the main stream's codec and tuning.")
public @interface SubstreamConfig {
    String PID = "rotordream.camera.substream";

    boolean sub__enabled() default true;

    @AttributeDefinition(description = "WIDTHxHEIGHT, no larger than the capture size.")
    String sub__resolution() default "640x360";

    @AttributeDefinition(min = "1", max = "120", description = "At most the capture rate; lower rates skip frames.")
    double sub__frame__rate() default 15;

    @AttributeDefinition(min = "64", max = "100000")
    int sub__bitrate__kbps() default 500;
}
