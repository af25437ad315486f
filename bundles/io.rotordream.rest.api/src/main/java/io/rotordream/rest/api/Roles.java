package io.rotordream.rest.api;

/**
 * Role names for {@code @RolesAllowed}; each role includes the rights of the ones before it, so a
 * method names the least role it needs.
 */
public final class Roles {

    /** Reads, watching streams. */
    public static final String VIEWER = "viewer";
    /** Camera, streaming and performance changes. */
    public static final String OPERATOR = "operator";
    /** System, tokens, updates. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
