package io.rotordream.rest.app.internal;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import io.rotordream.security.api.TokenInfo;

/** The authenticated token, for resources that want to know who is asking. */
final class TokenSecurityContext implements SecurityContext {

    private final TokenInfo token;
    private final boolean secure;

    TokenSecurityContext(TokenInfo token, boolean secure) {
        this.token = token;
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return () -> token.name;
    }

    @Override
    public boolean isUserInRole(String role) {
        io.rotordream.security.api.Role r = io.rotordream.security.api.Role.fromId(role);
        return r != null && token.role.includes(r);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
