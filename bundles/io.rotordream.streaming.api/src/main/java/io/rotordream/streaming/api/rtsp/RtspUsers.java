package io.rotordream.streaming.api.rtsp;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Viewers of the RTSP server. A password is turned into the digest hashes of the configured realm
 * (H(user:realm:password), MD5 and SHA-256) at once; the password itself is never stored.
 */
@ProviderType
public interface RtspUsers {

    List<RtspUser> list();

    /**
     * Creates the user or replaces its password and role.
     *
     * @param role viewer, operator or admin (every role may watch)
     * @throws IllegalArgumentException naming the bad argument ({@code name}, {@code role},
     *     {@code password})
     */
    RtspUser set(String name, String role, char[] password);

    boolean remove(String name);
}
