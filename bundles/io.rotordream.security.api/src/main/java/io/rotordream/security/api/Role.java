package io.rotordream.security.api;

import java.util.Locale;

/** Roles, each including the rights of the ones before it. */
public enum Role {
    /** Reads, watching streams. */
    VIEWER,
    /** Camera, streaming and performance changes. */
    OPERATOR,
    /** System, tokens, updates. */
    ADMIN;

    /** The name used in {@code @RolesAllowed}, JSON and configuration. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** @return the role, or {@code null} when the id names none */
    public static Role fromId(String id) {
        if (id == null) {
            return null;
        }
        for (Role r : values()) {
            if (r.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        return null;
    }
}
