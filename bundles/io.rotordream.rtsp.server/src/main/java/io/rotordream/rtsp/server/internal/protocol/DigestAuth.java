package io.rotordream.rtsp.server.internal.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP authentication as RTSP uses it (RFC 2326 §11 defers to RFC 2617): Basic, and Digest with
 * MD5 (RFC 2617) or SHA-256 (RFC 7616). The server keeps only HA1 = H(user:realm:password) per
 * algorithm, never the password. Nonces are stateless: a time stamp and its HMAC under a key
 * made at start, valid for {@link #NONCE_LIFETIME_MS}; an expired one is answered with stale=true.
 */
public final class DigestAuth {

    public static final long NONCE_LIFETIME_MS = 10 * 60_000L;

    /** A user's stored hashes and role. */
    public record Credentials(String ha1Md5, String ha1Sha256, String role) {
    }

    /** The outcome of checking an Authorization header. */
    public record Outcome(String user, boolean stale) {
        public boolean ok() {
            return user != null;
        }
    }

    private static final Outcome REFUSED = new Outcome(null, false);
    private final String realm;
    private final byte[] key;
    private final LongSupplier clock;

    public DigestAuth(String realm, byte[] key, LongSupplier clockMillis) {
        this.realm = realm;
        this.key = key.clone();
        this.clock = clockMillis;
    }

    public String realm() {
        return realm;
    }

    /** HA1 for a password: hex of H(user:realm:password), algorithm "MD5" or "SHA-256". */
    public static String ha1(String algorithm, String user, String realm, char[] password) {
        byte[] pw = new String(password).getBytes(StandardCharsets.UTF_8);
        byte[] prefix = (user + ":" + realm + ":").getBytes(StandardCharsets.UTF_8);
        try {
            MessageDigest d = MessageDigest.getInstance(algorithm);
            d.update(prefix);
            d.update(pw);
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException(algorithm, e);
        } finally {
            java.util.Arrays.fill(pw, (byte) 0);
        }
    }

    static String hash(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException(algorithm, e);
        }
    }

    public String nonce() {
        String ts = Long.toHexString(clock.getAsLong());
        return ts + mac(ts);
    }

    private String mac(String ts) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(m.doFinal(ts.getBytes(StandardCharsets.US_ASCII)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** -1 forged, 0 expired, 1 valid. */
    private int nonceState(String nonce) {
        if (nonce == null || nonce.length() < 33 || nonce.length() > 48) {
            return -1;
        }
        String ts = nonce.substring(0, nonce.length() - 32);
        if (!MessageDigest.isEqual(mac(ts).getBytes(StandardCharsets.US_ASCII),
                nonce.substring(ts.length()).getBytes(StandardCharsets.US_ASCII))) {
            return -1;
        }
        try {
            long age = clock.getAsLong() - Long.parseLong(ts, 16);
            return age >= 0 && age <= NONCE_LIFETIME_MS ? 1 : 0;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** WWW-Authenticate values, preferred first (RFC 7616 §3.7): SHA-256, then MD5, then Basic. */
    public List<String> challenges(boolean digest, boolean basic, boolean stale) {
        List<String> out = new ArrayList<>();
        if (digest) {
            String n = nonce();
            String s = stale ? ", stale=true" : "";
            out.add("Digest realm=\"" + realm + "\", nonce=\"" + n + "\", algorithm=SHA-256" + s);
            out.add("Digest realm=\"" + realm + "\", nonce=\"" + n + "\", algorithm=MD5" + s);
        }
        if (basic) {
            out.add("Basic realm=\"" + realm + "\"");
        }
        return out;
    }

    /**
     * Checks an Authorization header for a request.
     *
     * @param users user name to credentials, {@code null} when unknown
     */
    public Outcome verify(String method, String authorization, boolean digest, boolean basic,
            Function<String, Credentials> users) {
        if (authorization == null || authorization.length() > 4096) {
            return REFUSED;
        }
        String lower = authorization.toLowerCase(Locale.ROOT);
        if (basic && lower.startsWith("basic ")) {
            return basic(authorization.substring(6).trim(), users);
        }
        if (digest && lower.startsWith("digest ")) {
            return digest(method, params(authorization.substring(7)), users);
        }
        return REFUSED;
    }

    private Outcome basic(String token, Function<String, Credentials> users) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return REFUSED;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return REFUSED;
        }
        String user = decoded.substring(0, colon);
        Credentials c = users.apply(user);
        if (c == null || c.ha1Sha256() == null) {
            return REFUSED;
        }
        String presented = ha1("SHA-256", user, realm, decoded.substring(colon + 1).toCharArray());
        return same(presented, c.ha1Sha256()) ? new Outcome(user, false) : REFUSED;
    }

    private Outcome digest(String method, Map<String, String> p, Function<String, Credentials> users) {
        String user = p.get("username");
        String uri = p.get("uri");
        String response = p.get("response");
        String nonce = p.get("nonce");
        if (user == null || uri == null || response == null || !realm.equals(p.get("realm"))) {
            return REFUSED;
        }
        String algorithm = p.getOrDefault("algorithm", "MD5").toUpperCase(Locale.ROOT);
        String h = switch (algorithm) {
            case "MD5" -> "MD5";
            case "SHA-256" -> "SHA-256";
            default -> null;
        };
        Credentials c = users.apply(user);
        if (h == null || c == null) {
            return REFUSED;
        }
        String ha1 = h.equals("MD5") ? c.ha1Md5() : c.ha1Sha256();
        if (ha1 == null) {
            return REFUSED;
        }
        String ha2 = hash(h, method + ":" + uri);
        String qop = p.get("qop");
        String expected;
        if (qop == null) {
            expected = hash(h, ha1 + ":" + nonce + ":" + ha2);
        } else if (qop.equalsIgnoreCase("auth") && p.get("nc") != null && p.get("cnonce") != null) {
            expected = hash(h, ha1 + ":" + nonce + ":" + p.get("nc") + ":" + p.get("cnonce") + ":auth:" + ha2);
        } else {
            return REFUSED;
        }
        if (!same(expected, response.toLowerCase(Locale.ROOT))) {
            return REFUSED;
        }
        int state = nonceState(nonce);
        if (state < 0) {
            return REFUSED;
        }
        return state == 0 ? new Outcome(null, true) : new Outcome(user, false);
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /** auth-param list: name=value or name="quoted value", comma-separated (RFC 7235 §2.1). */
    static Map<String, String> params(String s) {
        Map<String, String> out = new HashMap<>();
        int i = 0;
        int n = s.length();
        while (i < n && out.size() < 32) {
            while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == ',')) {
                i++;
            }
            int eq = s.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = s.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            i = eq + 1;
            StringBuilder v = new StringBuilder();
            if (i < n && s.charAt(i) == '"') {
                i++;
                while (i < n && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    v.append(s.charAt(i++));
                }
                i++;
            } else {
                while (i < n && s.charAt(i) != ',') {
                    v.append(s.charAt(i++));
                }
            }
            out.put(name, v.toString().trim());
        }
        return out;
    }
}
