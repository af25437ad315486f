package io.rotordream.tuner.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The tuner's own configuration. */
@ObjectClassDefinition(name = "RotorDream tuner", description = "Where the tuner finds /proc and /sys, and what it does at start.")
public @interface TunerConfig {
    String PID = "rotordream.tuner";

    @AttributeDefinition(name = "Root", description = "Directory under which /proc/sys, /sys and /proc/mounts are "
            + "read and written; / on an appliance, a temp tree shaped like them in tests.")
    String root() default "/";

    @AttributeDefinition(name = "Reconcile at start", description = "Bring the machine to what the tuner "
            + "configurations want when the tuner starts (sysctls are the kernel's again after a reboot).")
    boolean reconcile() default true;
}
