package io.rotordream.security.api;

import java.time.Instant;

/** What may be shown about a token: never its secret nor its hash. */
public final class TokenInfo {
    public final String name;
    public final Role role;
    public final Instant created;
    /** {@code null} when the token does not expire. */
    public final Instant expires;

    public TokenInfo(String name, Role role, Instant created, Instant expires) {
        this.name = name;
        this.role = role;
        this.created = created;
        this.expires = expires;
    }

    public boolean expiredAt(Instant now) {
        return expires != null && !now.isBefore(expires);
    }
}
