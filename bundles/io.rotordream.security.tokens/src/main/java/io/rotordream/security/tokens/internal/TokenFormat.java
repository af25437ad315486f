package io.rotordream.security.tokens.internal;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * {@code rd1.<id>.<secret>}: the id finds the record in one lookup so that verifying costs one slow
 * hash, not one per stored token; the 256-bit secret is what is hashed.
 */
final class TokenFormat {

    static final String PREFIX = "rd1";
    private static final String ID_ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789";
    private static final int ID_LENGTH = 12;
    private static final int MAX_LENGTH = 128;

    private TokenFormat() {
    }

    static String newId(SecureRandom random) {
        StringBuilder sb = new StringBuilder(ID_LENGTH);
        for (int i = 0; i < ID_LENGTH; i++) {
            sb.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return sb.toString();
    }

    static String newSecret(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String compose(String id, String secret) {
        return PREFIX + "." + id + "." + secret;
    }

    /** @return {id, secret}, or {@code null} when the text is not a token of this format */
    static String[] parse(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return null;
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !PREFIX.equals(parts[0]) || parts[1].length() != ID_LENGTH
                || parts[2].length() < 32 || !parts[2].matches("[A-Za-z0-9_-]+")) {
            return null;
        }
        return new String[] { parts[1], parts[2] };
    }
}
