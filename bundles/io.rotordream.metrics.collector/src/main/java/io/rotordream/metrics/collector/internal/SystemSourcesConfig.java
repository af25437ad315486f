package io.rotordream.metrics.collector.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "RotorDream system metrics",
        description = "Which block devices and network interfaces the system metrics cover.")
public @interface SystemSourcesConfig {
    String PID = "rotordream.metrics.system";

    @AttributeDefinition(name = "Ignored block devices", description = "Regular expression of /sys/block names left out "
            + "(loop devices, RAM disks, compressed swap).")
    String disk__ignore() default "^(loop|ram|zram|fd|sr)\\d*$";

    @AttributeDefinition(name = "Ignored network interfaces", description = "Regular expression of interface names left "
            + "out; container interfaces come and go and would make the series unbounded.")
    String interface__ignore() default "^(veth|docker|br-|virbr).*";
}
