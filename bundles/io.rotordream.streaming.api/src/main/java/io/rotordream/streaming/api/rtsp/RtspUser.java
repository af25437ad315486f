package io.rotordream.streaming.api.rtsp;

import java.util.List;

/** What may be shown of an RTSP user: never a password nor a hash. */
public final class RtspUser {
    public String name;
    public String role;
    /** Digest algorithms the stored hashes serve, e.g. [MD5, SHA-256]. */
    public List<String> algorithms;

    public RtspUser() {
    }

    public RtspUser(String name, String role, List<String> algorithms) {
        this.name = name;
        this.role = role;
        this.algorithms = algorithms;
    }
}
