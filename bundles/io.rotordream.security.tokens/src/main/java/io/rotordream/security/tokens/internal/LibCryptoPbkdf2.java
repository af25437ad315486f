package io.rotordream.security.tokens.internal;

import java.util.List;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * PBKDF2-HMAC-SHA256 from the system's OpenSSL (libcrypto), bound with JNA direct mapping: the same
 * function as the JDK's {@code PBKDF2WithHmacSHA256}, byte for byte (a unit test holds both to it).
 *
 * <p>Why not only the JDK: its HMAC runs as Java bytecode, interpreted and then profiled C1 code,
 * until the JIT compiles SHA-256 with its intrinsic, and a PBKDF2 of 210,000 iterations is over
 * long before that. So the hash a first start makes for the admin token, and the first
 * verification of each token after a start, cost 0.4-0.5 s of CPU where OpenSSL takes ~0.1 s. Warm,
 * the JDK is a little faster (~60 against ~75 ms here), a difference the verified-token cache makes
 * rare: a token is hashed again only after the cache forgets it.
 */
final class LibCryptoPbkdf2 {

    /** libcrypto's sonames, newest first: the unversioned name exists only with the -dev package. */
    private static final List<String> NAMES = List.of("libcrypto.so.3", "libcrypto.so.1.1", "crypto");

    private LibCryptoPbkdf2() {
    }

    /** Whether libcrypto could be bound here; false means the JDK's implementation is used. */
    static boolean available() {
        try {
            return Bound.SHA256 != null;
        } catch (LinkageError e) {
            return false;
        }
    }

    /** The derived key, or an exception when libcrypto reports a failure. */
    static byte[] derive(byte[] password, byte[] salt, int iterations, int keyBytes) {
        byte[] out = new byte[keyBytes];
        if (Bound.PKCS5_PBKDF2_HMAC(password, password.length, salt, salt.length, iterations, Bound.SHA256,
                keyBytes, out) != 1) {
            throw new IllegalStateException("libcrypto PKCS5_PBKDF2_HMAC failed");
        }
        return out;
    }

    /**
     * Bound when first used, once: class initialization runs exactly once, and a library that
     * cannot be opened leaves this class unusable (a {@link LinkageError}) instead of half-bound.
     */
    private static final class Bound {
        static final Pointer SHA256;

        static {
            Native.register(Bound.class, open());
            SHA256 = EVP_sha256();
        }

        private static NativeLibrary open() {
            UnsatisfiedLinkError last = null;
            for (String name : NAMES) {
                try {
                    return NativeLibrary.getInstance(name);
                } catch (UnsatisfiedLinkError e) {
                    last = e;
                }
            }
            throw last;
        }

        static native Pointer EVP_sha256();

        static native int PKCS5_PBKDF2_HMAC(byte[] pass, int passlen, byte[] salt, int saltlen, int iter,
                Pointer digest, int keylen, byte[] out);
    }
}
