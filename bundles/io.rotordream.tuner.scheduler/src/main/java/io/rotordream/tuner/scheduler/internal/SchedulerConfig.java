package io.rotordream.tuner.scheduler.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * CPU affinity, nice and I/O priority of the appliance's threads: the pipeline's capture and
 * encode threads (and the encoder library's workers, which carry the encode thread's name) and
 * every other thread of the process. Empty leaves a setting as it is.
 */
@ObjectClassDefinition(name = "RotorDream tuner: scheduler", description = "Affinity, nice and I/O priority of the "
        + "process and of the pipeline's threads (sched_setaffinity, setpriority, ioprio_set).")
public @interface SchedulerConfig {
    String PID = "rotordream.tuner.scheduler";

    @AttributeDefinition(required = false, min = "0", max = "8191", description = "CPUs for every thread but the pipeline's; empty leaves it.")
    int[] process__affinity() default {};

    @AttributeDefinition(required = false, description = "Nice (-20..19) for every thread but the pipeline's and the JVM's JIT compilers' (rotordream.os.compiler sets theirs); empty leaves it.")
    String process__nice() default "";

    @AttributeDefinition(required = false, description = "Best-effort I/O priority level (0..7) for every thread but the pipeline's; empty leaves it.")
    String process__ioprio() default "";

    @AttributeDefinition(required = false, min = "0", max = "8191", description = "CPUs of the capture thread(s).")
    int[] capture__affinity() default {};

    @AttributeDefinition(required = false, description = "Nice of the capture thread(s), -20..19.")
    String capture__nice() default "";

    @AttributeDefinition(required = false, description = "I/O priority level of the capture thread(s), 0..7.")
    String capture__ioprio() default "";

    @AttributeDefinition(required = false, min = "0", max = "8191", description = "CPUs of the encode thread and the encoder's workers.")
    int[] encode__affinity() default {};

    @AttributeDefinition(required = false, description = "Nice of the encode threads, -20..19.")
    String encode__nice() default "";

    @AttributeDefinition(required = false, description = "I/O priority level of the encode threads, 0..7.")
    String encode__ioprio() default "";
}
