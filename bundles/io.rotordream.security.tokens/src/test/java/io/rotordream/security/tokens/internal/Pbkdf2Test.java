package io.rotordream.security.tokens.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.junit.Test;

public class Pbkdf2Test {

    /** RFC 7914, section 11: PBKDF2-HMAC-SHA256, P = "passwd", S = "salt", c = 1 (first 32 bytes). */
    private static final String RFC7914_C1 = "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc";
    /** RFC 7914, section 11: P = "Password", S = "NaCl", c = 80000 (first 32 bytes). */
    private static final String RFC7914_C80000 = "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56";

    @Test
    public void theJdkMatchesTheRfcVectors() {
        assertEquals(RFC7914_C1, hex(Pbkdf2.jdk("passwd", "salt".getBytes(), 1)));
        assertEquals(RFC7914_C80000, hex(Pbkdf2.jdk("Password", "NaCl".getBytes(), 80_000)));
    }

    /** The build machines have OpenSSL (bin/test installs it); a product without it uses the JDK. */
    @Test
    public void libcryptoIsFoundHere() {
        assertTrue("libcrypto could not be bound through JNA", LibCryptoPbkdf2.available());
    }

    @Test
    public void libcryptoMatchesTheRfcVectors() {
        assertEquals(RFC7914_C1, hex(Pbkdf2.openssl("passwd", "salt".getBytes(), 1)));
        assertEquals(RFC7914_C80000, hex(Pbkdf2.openssl("Password", "NaCl".getBytes(), 80_000)));
    }

    /** Stores hashed by either implementation must verify with the other: same bytes for tokens. */
    @Test
    public void libcryptoAndTheJdkGiveTheSameBytesForTokens() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 20; i++) {
            String secret = TokenFormat.newSecret(random);
            byte[] salt = Pbkdf2.salt(random);
            int iterations = 1_000 + random.nextInt(2_000);
            assertArrayEquals(secret, Pbkdf2.jdk(secret, salt, iterations), Pbkdf2.openssl(secret, salt, iterations));
        }
    }

    @Test
    public void verifyAcceptsTheSecretAndNothingElse() {
        byte[] salt = Pbkdf2.salt(new SecureRandom());
        byte[] stored = Pbkdf2.jdk("right", salt, 10_000);
        assertTrue(Pbkdf2.verify("right", salt, 10_000, stored));
        assertFalse(Pbkdf2.verify("wrong", salt, 10_000, stored));
        assertFalse(Pbkdf2.verify("right", salt, 10_001, stored));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
