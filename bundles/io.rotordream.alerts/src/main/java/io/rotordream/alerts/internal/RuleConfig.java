package io.rotordream.alerts.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** A custom alert rule, factory configuration rotordream.alert.rule~NAME. */
@ObjectClassDefinition(name = "RotorDream alert rule", description = "Fires when a key figure crosses a threshold for a time.")
public @interface RuleConfig {
    String FACTORY_PID = "rotordream.alert.rule";

    @AttributeDefinition(description = "A key figure (cpu_usage_percent, encoding_time_ms, ...) or an unlabelled metric (rotordream_load1).")
    String metric();

    @AttributeDefinition(options = { @Option(value = "gt"), @Option(value = "ge"), @Option(value = "lt"), @Option(value = "le") })
    String comparison() default "gt";

    double threshold();

    @AttributeDefinition(min = "0", max = "86400", description = "How long the condition must hold before the alert fires.")
    int for__seconds() default 60;

    @AttributeDefinition(min = "0", description = "A firing alert clears only once the value is this far past the threshold on the good side.")
    double hysteresis() default 0;

    @AttributeDefinition(options = { @Option(value = "info"), @Option(value = "warning"), @Option(value = "critical") })
    String severity() default "warning";

    @AttributeDefinition(required = false)
    String description() default "";

    @AttributeDefinition(min = "-1", max = "1440", description = "-1: the global alert_cooldown_minutes.")
    int cooldown__minutes() default -1;

    boolean enabled() default true;
}
