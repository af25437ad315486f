package io.rotordream.security.api;

/** A token just created: the only moment its secret exists outside the client. */
public final class CreatedToken {
    public final TokenInfo info;
    public final String secret;

    public CreatedToken(TokenInfo info, String secret) {
        this.info = info;
        this.secret = secret;
    }
}
