package io.rotordream.video.pipeline.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The seed's thread_configuration. Affinity lists name CPUs (empty: no pinning); nice values
 * follow setpriority. Whatever the OS refuses is reported in the pipeline status.
 */
@ObjectClassDefinition(name = "RotorDream pipeline threads", description = "Thread counts, CPU affinity and priority per stage.")
public @interface ThreadsConfig {
    String PID = "rotordream.pipeline.threads";

    @AttributeDefinition(min = "1", max = "16", description = "Capture threads (one per sensor is used).")
    int capture__threads() default 1;

    @AttributeDefinition(min = "0", max = "64", description = "Encoder library threads per stream when the encoding "
            + "configuration leaves threads at 0; 0 lets the library choose from the number of cores.")
    int encode__threads() default 0;

    @AttributeDefinition(min = "1", max = "64")
    int stream__threads() default 2;

    @AttributeDefinition(min = "1", max = "64")
    int io__threads() default 2;

    @AttributeDefinition(min = "1", max = "256")
    int worker__threads() default 4;

    @AttributeDefinition(required = false, min = "0", max = "1023")
    int[] thread__affinity__capture() default {};

    @AttributeDefinition(required = false, min = "0", max = "1023")
    int[] thread__affinity__encode() default {};

    @AttributeDefinition(required = false, min = "0", max = "1023")
    int[] thread__affinity__stream() default {};

    @AttributeDefinition(required = false, min = "0", max = "1023")
    int[] thread__affinity__io() default {};

    @AttributeDefinition(min = "-20", max = "19")
    int nice__capture() default 0;

    @AttributeDefinition(min = "-20", max = "19")
    int nice__encode() default 0;

    @AttributeDefinition(min = "-20", max = "19")
    int nice__stream() default 0;

    @AttributeDefinition(min = "-20", max = "19")
    int nice__io() default 0;
}
