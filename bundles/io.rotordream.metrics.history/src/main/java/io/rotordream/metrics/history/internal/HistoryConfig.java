package io.rotordream.metrics.history.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "RotorDream metrics history",
        description = "Round-robin archives of the key figures: fixed size on disk, set here.")
public @interface HistoryConfig {
    String PID = "rotordream.metrics.history";

    @AttributeDefinition(name = "1 s rows", min = "60", max = "86400", description = "Rows of the 1-second archive (3600 = the last hour).")
    int second__rows() default 3600;

    @AttributeDefinition(name = "1 min rows", min = "60", max = "525600", description = "Rows of the 1-minute archive (2880 = two days).")
    int minute__rows() default 2880;

    @AttributeDefinition(name = "1 h rows", min = "24", max = "87600", description = "Rows of the 1-hour archive (1440 = sixty days).")
    int hour__rows() default 1440;

    @AttributeDefinition(name = "Series", min = "1", max = "1000", description = "Key figures recorded at most; more are not recorded.")
    int max__series() default 64;

    @AttributeDefinition(name = "Disk limit (MiB)", min = "1", max = "10240",
            description = "A configuration whose series times archive size exceeds this is refused.")
    int max__disk__mb() default 64;

    @AttributeDefinition(name = "Points per series", min = "10", max = "100000",
            description = "The trend step is chosen so that one series has at most this many points.")
    int max__points() default 1500;

    @AttributeDefinition(name = "Regression significance", min = "0.0001", max = "0.2")
    double regression__alpha() default 0.01;

    @AttributeDefinition(name = "Regression effect size", min = "0", max = "1", description = "Smallest |Cliff's delta| reported.")
    double regression__min__effect() default 0.33;

    @AttributeDefinition(name = "Regression change (%)", min = "0", max = "1000", description = "Smallest relative change of the median reported.")
    double regression__min__change__percent() default 5;
}
