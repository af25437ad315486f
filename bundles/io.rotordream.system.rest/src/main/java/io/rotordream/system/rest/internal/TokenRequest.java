package io.rotordream.system.rest.internal;

import java.time.Instant;

/** {@code POST /api/system/tokens}. */
public final class TokenRequest {
    public String name;
    /** viewer, operator or admin. */
    public String role;
    /** Optional expiry, ISO-8601. */
    public Instant expires;
}
