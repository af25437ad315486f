package io.rotordream.rest.api;

/** Names of the one JAX-RS application and of its required extensions. */
public final class RotorDreamApi {

    public static final String NAME = "rotordream";
    public static final String BASE = "api";
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";

    /** Service property marking the extensions the application cannot run without. */
    public static final String EXTENSION_PROPERTY = "rotordream.extension";

    /** Request property carrying the authenticated token's name, for the audit log. */
    public static final String TOKEN_NAME_PROPERTY = "rotordream.token.name";

    private RotorDreamApi() {
    }
}
