package io.rotordream.os.linux.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How the JVM's JIT compiler threads are scheduled against the appliance's own threads. */
@ObjectClassDefinition(name = "RotorDream OS: JIT compiler threads",
        description = "Nice value of the JVM's JIT compiler threads, so that background compilation yields to "
                + "the boot, capture, encoding and serving when the CPUs are busy.")
public @interface CompilerThreadsConfig {
    String PID = "rotordream.os.compiler";

    @AttributeDefinition(min = "0", max = "19", description = "Nice value of the compiler threads: 0 runs them "
            + "like every other thread, higher yields more. Lowering it while running needs CAP_SYS_NICE; a restart "
            + "always takes it.")
    int nice() default 10;
}
