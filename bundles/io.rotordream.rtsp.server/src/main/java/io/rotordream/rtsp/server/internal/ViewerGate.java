package io.rotordream.rtsp.server.internal;

import java.security.SecureRandom;
import java.util.Map;

import io.rotordream.rtsp.server.internal.protocol.DigestAuth;
import io.rotordream.rtsp.server.internal.protocol.RtspRequest;
import io.rotordream.rtsp.server.internal.protocol.RtspResponse;
import io.rotordream.security.api.AuthRateLimiter;

/**
 * Who may watch: the configured users' hashes, the challenge and check of RFC 2617/7616, and the
 * appliance's rate limiter for wrong credentials per client address.
 */
final class ViewerGate {

    /** Either the authenticated user (possibly {@code null} with auth off) or the refusal to send. */
    record Result(String user, RtspResponse refusal) {
    }

    private volatile DigestAuth auth;
    private volatile Map<String, DigestAuth.Credentials> users = Map.of();
    private volatile AuthRateLimiter limiter;

    /** A new realm (or the first): nonces made before are no longer accepted. */
    void realm(String realm, SecureRandom random) {
        DigestAuth a = auth;
        if (a == null || !a.realm().equals(realm)) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            auth = new DigestAuth(realm, key, System::currentTimeMillis);
        }
    }

    void users(Map<String, DigestAuth.Credentials> u) {
        users = Map.copyOf(u);
    }

    int userCount() {
        return users.size();
    }

    void limiter(AuthRateLimiter l) {
        limiter = l;
    }

    Result admit(RtspRequest r, String host, Settings s) {
        if (!s.authRequired()) {
            return new Result(null, null);
        }
        AuthRateLimiter l = limiter;
        long wait = l == null ? 0 : l.retryAfterSeconds(host);
        if (wait > 0) {
            return new Result(null, new RtspResponse(503).header("Retry-After", wait));
        }
        String authorization = r.header("Authorization");
        DigestAuth a = auth;
        Map<String, DigestAuth.Credentials> u = users;
        DigestAuth.Outcome o = a.verify(r.method, authorization, s.digest(), s.basic(), u::get);
        if (o.ok()) {
            return new Result(o.user(), null);
        }
        if (authorization != null && !o.stale() && l != null) {
            l.recordFailure(host);
        }
        RtspResponse resp = new RtspResponse(401);
        for (String ch : a.challenges(s.digest(), s.basic(), o.stale())) {
            resp.header("WWW-Authenticate", ch);
        }
        return new Result(null, resp);
    }
}
