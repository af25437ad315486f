package io.rotordream.tuner.cpu.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** What the cpu plugin wants of cpufreq; empty or -1 leaves a setting as it is. */
@ObjectClassDefinition(name = "RotorDream tuner: cpu", description = "CPU frequency scaling (sysfs cpufreq).")
public @interface CpuConfig {
    String PID = "rotordream.tuner.cpu";

    @AttributeDefinition(required = false, options = { @Option(value = ""), @Option(value = "performance"),
            @Option(value = "powersave"), @Option(value = "ondemand"), @Option(value = "conservative"),
            @Option(value = "schedutil"), @Option(value = "userspace") },
            description = "scaling_governor of each CPU; empty leaves it.")
    String governor() default "";

    @AttributeDefinition(min = "-1", max = "100000000", description = "scaling_min_freq (kHz); -1 leaves it.")
    int min__freq__khz() default -1;

    @AttributeDefinition(min = "-1", max = "100000000", description = "scaling_max_freq (kHz); -1 leaves it.")
    int max__freq__khz() default -1;

    @AttributeDefinition(min = "-1", max = "100000000", description = "scaling_setspeed (kHz), userspace governor only; -1 leaves it.")
    int set__speed__khz() default -1;

    @AttributeDefinition(required = false, min = "0", max = "8191", description = "CPUs to tune; empty: all.")
    int[] cpus() default {};
}
