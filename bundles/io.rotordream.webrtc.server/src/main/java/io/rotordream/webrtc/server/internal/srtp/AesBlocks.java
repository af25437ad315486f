package io.rotordream.webrtc.server.internal.srtp;

import java.security.GeneralSecurityException;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES on whole blocks through the JCE (AES-NI where the CPU has it), for the counter modes of
 * SRTP: counter blocks in, key stream out, into arrays the caller reuses. No allocation per call.
 */
final class AesBlocks {

    private final Cipher ecb;

    AesBlocks(byte[] key) {
        try {
            ecb = Cipher.getInstance("AES/ECB/NoPadding");
            ecb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is part of every Java runtime", e);
        }
    }

    /** Encrypts {@code length} bytes (a multiple of 16) of {@code in} into {@code out}. */
    void encrypt(byte[] in, int inAt, int length, byte[] out, int outAt) {
        try {
            ecb.update(in, inAt, length, out, outAt);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
