package io.rotordream.security.tokens.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "RotorDream audit log",
        description = "Where mutating API requests are recorded, and how much of it is kept on disk.")
public @interface AuditConfig {
    String PID = "rotordream.security.audit";

    @AttributeDefinition(name = "File size (KiB)", min = "16", max = "65536")
    int max__file__kb() default 1024;

    @AttributeDefinition(name = "Files kept", min = "1", max = "100",
            description = "Rotated files kept beside the current one.")
    int max__files() default 4;
}
