package io.rotordream.webrtc.server.internal.srtp;

/** The DTLS-SRTP protection profiles this server offers (RFC 5764 §4.1.2, RFC 7714 §14.2). */
public enum SrtpProfile {
    /** RFC 3711: AES-128 counter mode, HMAC-SHA1 tag of 80 bits. */
    AES_CM_128_HMAC_SHA1_80(0x0001, 16, 14, 10),
    /** RFC 7714: AES-128-GCM, 16-byte tag, 12-byte salt. */
    AEAD_AES_128_GCM(0x0007, 16, 12, 16);

    public final int id;
    public final int keyLength;
    public final int saltLength;
    public final int tagLength;

    SrtpProfile(int id, int keyLength, int saltLength, int tagLength) {
        this.id = id;
        this.keyLength = keyLength;
        this.saltLength = saltLength;
        this.tagLength = tagLength;
    }

    public boolean aead() {
        return this == AEAD_AES_128_GCM;
    }

    public static SrtpProfile byId(int id) {
        for (SrtpProfile p : values()) {
            if (p.id == id) {
                return p;
            }
        }
        return null;
    }

    /** Lower case names as the configuration writes them. */
    public static SrtpProfile byName(String name) {
        for (SrtpProfile p : values()) {
            if (p.name().equalsIgnoreCase(name.trim())) {
                return p;
            }
        }
        return null;
    }
}
