package io.rotordream.webrtc.server.internal.srtp;

import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.gcm.Tables4kGCMMultiplier;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The transforms of one key set: AES counter mode with an HMAC-SHA1 tag (RFC 3711 §4.1.1, §4.2)
 * or AES-GCM (RFC 7714 §5, NIST SP 800-38D) on byte arrays, with scratch arrays reused so a packet
 * allocates nothing. Not thread-safe: one per direction and key, used under its owner's lock.
 */
final class SrtpCipher {

    /** Largest packet handled, in 16-byte blocks of key stream. */
    private static final int MAX_BLOCKS = 128;

    private final SrtpProfile profile;
    private final AesBlocks aes;
    private final byte[] salt;
    private final HMac hmac;
    private final Tables4kGCMMultiplier ghash;
    private final byte[] counters = new byte[16 * MAX_BLOCKS];
    private final byte[] stream = new byte[16 * MAX_BLOCKS];
    private final byte[] iv = new byte[16];
    private final byte[] state = new byte[16];
    private final byte[] tag = new byte[20];
    private final byte[] block = new byte[16];

    SrtpCipher(SrtpProfile profile, byte[] key, byte[] salt, byte[] authKey) {
        this.profile = profile;
        this.aes = new AesBlocks(key);
        this.salt = salt.clone();
        if (profile.aead()) {
            hmac = null;
            ghash = new Tables4kGCMMultiplier();
            byte[] h = new byte[16];
            aes.encrypt(new byte[16], 0, 16, h, 0);
            ghash.init(h);
        } else {
            hmac = new HMac(new SHA1Digest());
            hmac.init(new KeyParameter(authKey));
            ghash = null;
        }
    }

    static int maxPayload() {
        return 16 * MAX_BLOCKS - 64;
    }

    // RFC 3711 §4.1.1: IV = (k_s * 2^16) XOR (SSRC * 2^64) XOR (i * 2^16)
    void cmIv(int ssrc, long index) {
        java.util.Arrays.fill(iv, (byte) 0);
        System.arraycopy(salt, 0, iv, 0, 14);
        for (int i = 0; i < 4; i++) {
            iv[4 + i] ^= (byte) (ssrc >>> (24 - 8 * i));
        }
        for (int i = 0; i < 6; i++) {
            iv[8 + i] ^= (byte) (index >>> (40 - 8 * i));
        }
    }

    /** XORs AES-CM key stream from the current IV into {@code p[at..at+length)}. */
    void cmXor(byte[] p, int at, int length) {
        int blocks = (length + 15) >>> 4;
        for (int b = 0; b < blocks; b++) {
            int o = b << 4;
            System.arraycopy(iv, 0, counters, o, 16);
            int c = ((iv[14] & 0xff) << 8 | (iv[15] & 0xff)) + b;
            counters[o + 14] = (byte) (c >>> 8);
            counters[o + 15] = (byte) c;
        }
        aes.encrypt(counters, 0, blocks << 4, stream, 0);
        for (int i = 0; i < length; i++) {
            p[at + i] ^= stream[i];
        }
    }

    /** HMAC-SHA1 of {@code p[at..at+length)} followed by {@code roc} (4 bytes, or none when negative). */
    void authTag(byte[] p, int at, int length, long roc, byte[] out, int outAt) {
        hmac.update(p, at, length);
        if (roc >= 0) {
            hmac.update((byte) (roc >>> 24));
            hmac.update((byte) (roc >>> 16));
            hmac.update((byte) (roc >>> 8));
            hmac.update((byte) roc);
        }
        hmac.doFinal(tag, 0);
        System.arraycopy(tag, 0, out, outAt, profile.tagLength);
    }

    boolean authValid(byte[] p, int at, int length, long roc, int tagAt) {
        hmac.update(p, at, length);
        if (roc >= 0) {
            hmac.update((byte) (roc >>> 24));
            hmac.update((byte) (roc >>> 16));
            hmac.update((byte) (roc >>> 8));
            hmac.update((byte) roc);
        }
        hmac.doFinal(tag, 0);
        int diff = 0;
        for (int i = 0; i < profile.tagLength; i++) {
            diff |= tag[i] ^ p[tagAt + i];
        }
        return diff == 0;
    }

    // RFC 7714 §8.1 / §9.1: IV = salt XOR (00 00 || SSRC || ROC || SEQ), or (00 00 || SSRC || 00 00 || index) for SRTCP
    void gcmIv(int ssrc, long high, long low, boolean rtcp) {
        java.util.Arrays.fill(iv, (byte) 0);
        for (int i = 0; i < 4; i++) {
            iv[2 + i] = (byte) (ssrc >>> (24 - 8 * i));
        }
        if (rtcp) {
            for (int i = 0; i < 4; i++) {
                iv[8 + i] = (byte) (low >>> (24 - 8 * i));
            }
        } else {
            for (int i = 0; i < 4; i++) {
                iv[6 + i] = (byte) (high >>> (24 - 8 * i));
            }
            iv[10] = (byte) (low >>> 8);
            iv[11] = (byte) low;
        }
        for (int i = 0; i < 12; i++) {
            iv[i] ^= salt[i];
        }
    }

    /**
     * AES-GCM in place: encrypts (or decrypts) {@code p[at..at+length)} with the current IV and
     * computes the tag over the AAD and the ciphertext into {@code tagOut}.
     */
    void gcm(boolean encrypt, byte[] aad1, int aad1At, int aad1Length, byte[] aad2, int aad2At, int aad2Length,
            byte[] p, int at, int length, byte[] tagOut, int tagAt) {
        java.util.Arrays.fill(state, (byte) 0);
        int aadLength = aad1Length + aad2Length;
        // The AAD may come in two parts (SRTCP: header, then E||index); GHASH sees them as one string.
        ghashString(aad1, aad1At, aad1Length, aad2, aad2At, aad2Length);
        if (!encrypt) {
            ghashString(p, at, length, null, 0, 0);
        }
        int blocks = (length + 15) >>> 4;
        for (int b = 0; b <= blocks; b++) {
            int o = b << 4;
            System.arraycopy(iv, 0, counters, o, 12);
            int c = b + 1; // block 0 is J0 (for the tag), data starts at inc32(J0)
            counters[o + 12] = (byte) (c >>> 24);
            counters[o + 13] = (byte) (c >>> 16);
            counters[o + 14] = (byte) (c >>> 8);
            counters[o + 15] = (byte) c;
        }
        aes.encrypt(counters, 0, (blocks + 1) << 4, stream, 0);
        for (int i = 0; i < length; i++) {
            p[at + i] ^= stream[16 + i];
        }
        if (encrypt) {
            ghashString(p, at, length, null, 0, 0);
        }
        java.util.Arrays.fill(block, (byte) 0);
        long aadBits = aadLength * 8L;
        long dataBits = length * 8L;
        for (int i = 0; i < 8; i++) {
            block[i] = (byte) (aadBits >>> (56 - 8 * i));
            block[8 + i] = (byte) (dataBits >>> (56 - 8 * i));
        }
        xorMultiply(block, 0, 16);
        for (int i = 0; i < 16; i++) {
            tagOut[tagAt + i] = (byte) (state[i] ^ stream[i]);
        }
    }

    /** Constant-time comparison of 16 tag bytes. */
    static boolean equal16(byte[] a, int aAt, byte[] b, int bAt) {
        int diff = 0;
        for (int i = 0; i < 16; i++) {
            diff |= a[aAt + i] ^ b[bAt + i];
        }
        return diff == 0;
    }

    private void ghashString(byte[] a, int aAt, int aLength, byte[] b, int bAt, int bLength) {
        int total = aLength + bLength;
        int filled = 0;
        java.util.Arrays.fill(block, (byte) 0);
        for (int i = 0; i < total; i++) {
            block[filled++] = i < aLength ? a[aAt + i] : b[bAt + i - aLength];
            if (filled == 16) {
                xorMultiply(block, 0, 16);
                java.util.Arrays.fill(block, (byte) 0);
                filled = 0;
            }
        }
        if (filled > 0) {
            xorMultiply(block, 0, 16);
            java.util.Arrays.fill(block, (byte) 0);
        }
    }

    private void xorMultiply(byte[] x, int at, int length) {
        for (int i = 0; i < length; i++) {
            state[i] ^= x[at + i];
        }
        ghash.multiplyH(state);
    }
}
