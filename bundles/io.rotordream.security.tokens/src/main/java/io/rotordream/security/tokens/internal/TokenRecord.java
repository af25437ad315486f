package io.rotordream.security.tokens.internal;

import java.time.Instant;

import io.rotordream.security.api.Role;
import io.rotordream.security.api.TokenInfo;

/** A token as persisted: the hash of its secret, never the secret. */
public final class TokenRecord {
    public String name;
    /** Public part of the token, used to find the record without trying every hash. */
    public String id;
    public Role role;
    public Instant created;
    public Instant expires;
    public String algorithm;
    public int iterations;
    public byte[] salt;
    public byte[] hash;

    TokenInfo info() {
        return new TokenInfo(name, role, created, expires);
    }
}
