package io.rotordream.system.rest.internal;

import java.time.Instant;

import io.rotordream.security.api.TokenInfo;

/** A token as listed; {@code token} (the secret) is present only in the answer to its creation. */
public final class TokenResponse {
    public String name;
    public String role;
    public Instant created;
    public Instant expires;
    public String token;

    static TokenResponse of(TokenInfo info, String secret) {
        TokenResponse r = new TokenResponse();
        r.name = info.name;
        r.role = info.role.id();
        r.created = info.created;
        r.expires = info.expires;
        r.token = secret;
        return r;
    }
}
