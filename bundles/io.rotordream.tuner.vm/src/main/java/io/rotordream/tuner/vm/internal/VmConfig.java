package io.rotordream.tuner.vm.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** What the vm plugin wants of /proc/sys/vm; -1 leaves a knob as it is (and restores its original). */
@ObjectClassDefinition(name = "RotorDream tuner: vm", description = "Virtual memory: swapping and dirty page writeback.")
public @interface VmConfig {
    String PID = "rotordream.tuner.vm";

    @AttributeDefinition(min = "-1", max = "200", description = "vm.swappiness; -1 leaves it as it is.")
    int swappiness() default -1;

    @AttributeDefinition(min = "-1", max = "100", description = "Percent of memory dirty before background writeback; -1 leaves it.")
    int dirty__background__ratio() default -1;

    @AttributeDefinition(min = "-1", max = "100", description = "Percent of memory dirty before writers block; -1 leaves it.")
    int dirty__ratio() default -1;

    @AttributeDefinition(min = "-1", max = "2147483647", description = "Age (1/100 s) at which dirty data is written; -1 leaves it.")
    int dirty__expire__centisecs() default -1;

    @AttributeDefinition(min = "-1", max = "2147483647", description = "Interval (1/100 s) of the writeback threads; -1 leaves it.")
    int dirty__writeback__centisecs() default -1;
}
