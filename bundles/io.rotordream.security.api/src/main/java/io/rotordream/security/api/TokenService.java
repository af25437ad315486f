package io.rotordream.security.api;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Bearer tokens of the API. Secrets are random, returned once by {@link #create}, and kept only as
 * salted slow hashes.
 */
@ProviderType
public interface TokenService {

    /**
     * @param expires when the token stops working, {@code null} for never
     * @throws IllegalArgumentException naming the bad argument (name taken or malformed, expiry in the past)
     */
    CreatedToken create(String name, Role role, Instant expires);

    List<TokenInfo> list();

    /** Revokes at once, including for clients holding a cached verification. */
    boolean revoke(String name);

    Authentication authenticate(String presentedSecret);

    /**
     * Whether this exact token passed {@link #authenticate} moments ago (within the verification
     * cache), answered without the slow hash: lets a rate limiter keep letting known-good clients in
     * while it refuses everyone else from the same address.
     */
    boolean recentlyVerified(String presentedSecret);
}
