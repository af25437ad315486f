package io.rotordream.webrtc.server.internal.srtp;

/**
 * Session keys from a master key and salt: the AES-CM key derivation of RFC 3711 §4.3.1 with a
 * key derivation rate of 0, also used by AEAD_AES_128_GCM (RFC 7714 §11, the 96-bit master salt
 * left-aligned in the 112-bit field as libsrtp does).
 */
public final class SrtpKeys {

    static final int LABEL_RTP_ENCRYPTION = 0;
    static final int LABEL_RTP_AUTH = 1;
    static final int LABEL_RTP_SALT = 2;
    static final int LABEL_RTCP_ENCRYPTION = 3;
    static final int LABEL_RTCP_AUTH = 4;
    static final int LABEL_RTCP_SALT = 5;

    final byte[] rtpKey;
    final byte[] rtpAuth;
    final byte[] rtpSalt;
    final byte[] rtcpKey;
    final byte[] rtcpAuth;
    final byte[] rtcpSalt;

    public SrtpKeys(SrtpProfile profile, byte[] masterKey, byte[] masterSalt) {
        AesBlocks prf = new AesBlocks(masterKey);
        rtpKey = derive(prf, masterSalt, LABEL_RTP_ENCRYPTION, profile.keyLength);
        rtpAuth = profile.aead() ? null : derive(prf, masterSalt, LABEL_RTP_AUTH, 20);
        rtpSalt = derive(prf, masterSalt, LABEL_RTP_SALT, profile.saltLength);
        rtcpKey = derive(prf, masterSalt, LABEL_RTCP_ENCRYPTION, profile.keyLength);
        rtcpAuth = profile.aead() ? null : derive(prf, masterSalt, LABEL_RTCP_AUTH, 20);
        rtcpSalt = derive(prf, masterSalt, LABEL_RTCP_SALT, profile.saltLength);
    }

    // RFC 3711 §4.3.1: x = (label || r) XOR master_salt, keystream of AES-CM with IV x * 2^16
    static byte[] derive(AesBlocks prf, byte[] masterSalt, int label, int length) {
        int blocks = (length + 15) / 16;
        byte[] ctr = new byte[16 * blocks];
        for (int b = 0; b < blocks; b++) {
            System.arraycopy(masterSalt, 0, ctr, 16 * b, Math.min(14, masterSalt.length));
            ctr[16 * b + 7] ^= (byte) label;
            ctr[16 * b + 14] = (byte) (b >>> 8);
            ctr[16 * b + 15] = (byte) b;
        }
        byte[] out = new byte[ctr.length];
        prf.encrypt(ctr, 0, ctr.length, out, 0);
        byte[] key = new byte[length];
        System.arraycopy(out, 0, key, 0, length);
        return key;
    }
}
