package io.rotordream.security.tokens.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "RotorDream API tokens",
        description = "How bearer tokens are hashed and how long a verified token is remembered.")
public @interface TokensConfig {
    String PID = "rotordream.security.tokens";

    @AttributeDefinition(name = "PBKDF2 iterations", min = "10000", max = "5000000",
            description = "Iterations for new token hashes; existing tokens keep theirs.")
    int pbkdf2__iterations() default 210_000;

    @AttributeDefinition(name = "Verified token cache (s)", min = "0", max = "3600",
            description = "How long a verified token skips the slow hash; revocation clears it at once.")
    int verified__cache__seconds() default 300;
}
