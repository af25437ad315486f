package io.rotordream.security.api;

import org.osgi.annotation.versioning.ProviderType;

/** Limits failed authentications per client address; valid clients are never slowed. */
@ProviderType
public interface AuthRateLimiter {

    /** @return seconds the address must wait before trying again, 0 when it may try now */
    long retryAfterSeconds(String address);

    void recordFailure(String address);
}
