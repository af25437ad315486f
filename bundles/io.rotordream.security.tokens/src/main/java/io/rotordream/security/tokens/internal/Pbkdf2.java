package io.rotordream.security.tokens.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.slf4j.LoggerFactory;

/**
 * PBKDF2-HMAC-SHA256: salted, slow, compared in constant time. Computed by the system's OpenSSL
 * where it is installed ({@link LibCryptoPbkdf2}: fast from the first call), else by the JDK; both
 * give the same bytes, so a store written by either verifies with the other.
 */
final class Pbkdf2 {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int KEY_BITS = 256;

    private Pbkdf2() {
    }

    static byte[] salt(SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return salt;
    }

    static byte[] hash(String secret, byte[] salt, int iterations) {
        return Native.AVAILABLE ? openssl(secret, salt, iterations) : jdk(secret, salt, iterations);
    }

    static boolean verify(String secret, byte[] salt, int iterations, byte[] expected) {
        return MessageDigest.isEqual(hash(secret, salt, iterations), expected);
    }

    /** The JDK encodes the password's characters as UTF-8; so does this. */
    static byte[] openssl(String secret, byte[] salt, int iterations) {
        byte[] password = secret.getBytes(StandardCharsets.UTF_8);
        try {
            return LibCryptoPbkdf2.derive(password, salt, iterations, KEY_BITS / 8);
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    static byte[] jdk(String secret, byte[] salt, int iterations) {
        char[] chars = secret.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    /** Decided once, on first use, and said once. */
    private static final class Native {
        static final boolean AVAILABLE = decide();

        private static boolean decide() {
            boolean available = LibCryptoPbkdf2.available();
            LoggerFactory.getLogger(Pbkdf2.class).info("Token hashes: PBKDF2-HMAC-SHA256 through {}",
                    available ? "OpenSSL's libcrypto" : "the JDK (no libcrypto found)");
            return available;
        }
    }
}
