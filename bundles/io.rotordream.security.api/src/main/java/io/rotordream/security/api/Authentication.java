package io.rotordream.security.api;

/** The outcome of presenting a bearer token. */
public final class Authentication {

    /** Why a presented token was refused. */
    public enum Failure {
        MISSING, MALFORMED, UNKNOWN, EXPIRED
    }

    private final TokenInfo token;
    private final Failure failure;

    private Authentication(TokenInfo token, Failure failure) {
        this.token = token;
        this.failure = failure;
    }

    public static Authentication of(TokenInfo token) {
        return new Authentication(token, null);
    }

    public static Authentication failed(Failure failure) {
        return new Authentication(null, failure);
    }

    public boolean ok() {
        return token != null;
    }

    /** The authenticated token, or {@code null} when refused. */
    public TokenInfo token() {
        return token;
    }

    /** Why it was refused, or {@code null} when accepted. */
    public Failure failure() {
        return failure;
    }
}
