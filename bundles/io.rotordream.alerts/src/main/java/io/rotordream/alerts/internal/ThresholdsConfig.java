package io.rotordream.alerts.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The seed's alert settings (PUT /api/performance/alerts/config), which define the built-in rules. */
@ObjectClassDefinition(name = "RotorDream alert thresholds",
        description = "Thresholds of the built-in alerts: cpu_high, memory_high, fps_low, latency_high.")
public @interface ThresholdsConfig {
    String PID = "rotordream.alert.thresholds";

    @AttributeDefinition(min = "0", max = "100", description = "cpu_high fires above this CPU use (%).")
    double cpu__threshold() default 80;

    @AttributeDefinition(min = "0", max = "100", description = "memory_high fires above this memory use (%).")
    double memory__threshold() default 85;

    @AttributeDefinition(min = "0", max = "240", description = "fps_low fires below this output frame rate.")
    double fps__threshold() default 25;

    @AttributeDefinition(min = "0", max = "60000", description = "latency_high fires above this client round trip (ms).")
    double latency__threshold() default 100;

    @AttributeDefinition(min = "0", max = "1440", description = "A rule notifies again no sooner than this after its last notification.")
    int alert__cooldown__minutes() default 5;

    @AttributeDefinition(min = "0", max = "86400", description = "How long a built-in condition must hold before it fires (pending until then).")
    int for__seconds() default 60;

    @AttributeDefinition(min = "0", max = "100", description = "A firing built-in alert clears only this far (% of its threshold) on the good side.")
    double hysteresis__percent() default 5;

    boolean enabled() default true;
}
