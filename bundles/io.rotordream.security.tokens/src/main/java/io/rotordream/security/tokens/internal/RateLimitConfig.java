package io.rotordream.security.tokens.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "RotorDream authentication rate limit",
        description = "Failed authentications allowed per client address before it must wait.")
public @interface RateLimitConfig {
    String PID = "rotordream.security.ratelimit";

    @AttributeDefinition(name = "Failures per window", min = "1", max = "10000")
    int max__failures() default 10;

    @AttributeDefinition(name = "Window (s)", min = "1", max = "86400")
    int window__seconds() default 60;

    @AttributeDefinition(name = "Tracked addresses", min = "16", max = "1000000",
            description = "Bound on the addresses remembered, so a flood of addresses cannot exhaust memory.")
    int max__addresses() default 10_000;
}
