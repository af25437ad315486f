package io.rotordream.metrics.collector.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "RotorDream metrics collector", description = "How often every metric source is sampled.")
public @interface CollectorConfig {
    String PID = "rotordream.metrics.collector";

    @AttributeDefinition(name = "Interval (ms)", min = "250", max = "60000",
            description = "Time between collections; rates and the 1 s history archive assume 1000.")
    int interval__ms() default 1000;

    @AttributeDefinition(name = "Series per family", min = "10", max = "10000",
            description = "More series of one metric are refused and counted in rotordream_metrics_series_dropped_total.")
    int max__series__per__family() default 500;

    @AttributeDefinition(name = "Collections kept in memory", min = "10", max = "3600",
            description = "Key figures of the newest collections, for the analysis.")
    int recent__kept() default 300;
}
