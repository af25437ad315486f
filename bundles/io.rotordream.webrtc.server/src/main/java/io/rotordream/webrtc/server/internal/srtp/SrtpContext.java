package io.rotordream.webrtc.server.internal.srtp;

/**
 * SRTP and SRTCP (RFC 3711, RFC 7714) for one direction of one DTLS-SRTP association: protects
 * what we send with the server write keys, or checks and decrypts what the peer sends with the
 * client write keys. Packets are transformed in place in byte arrays with room for the tag and
 * the SRTCP trailer. Not thread-safe: callers serialise per context.
 */
public final class SrtpContext {

    private static final int MAX_SOURCES = 4;

    private final SrtpProfile profile;
    private final SrtpCipher rtp;
    private final SrtpCipher rtcp;
    private final byte[] tag = new byte[16];
    private final byte[] trailer = new byte[4];
    private long rtcpIndex;
    // Receive side: per SSRC the highest sequence and roll-over counter (RFC 3711 §3.3.1).
    private final int[] ssrcs = new int[MAX_SOURCES];
    private final int[] highest = new int[MAX_SOURCES];
    private final long[] rocs = new long[MAX_SOURCES];
    private int sources;
    private long rtcpReceived = -1;

    public SrtpContext(SrtpProfile profile, byte[] masterKey, byte[] masterSalt) {
        this.profile = profile;
        SrtpKeys k = new SrtpKeys(profile, masterKey, masterSalt);
        rtp = new SrtpCipher(profile, k.rtpKey, k.rtpSalt, k.rtpAuth);
        rtcp = new SrtpCipher(profile, k.rtcpKey, k.rtcpSalt, k.rtcpAuth);
    }

    public SrtpProfile profile() {
        return profile;
    }

    /** Bytes protection adds to an RTP packet. */
    public int rtpOverhead() {
        return profile.tagLength;
    }

    /** Bytes protection adds to an RTCP packet (tag and E||index). */
    public int rtcpOverhead() {
        return profile.tagLength + 4;
    }

    /**
     * Encrypts an RTP packet in place and appends its tag.
     *
     * @param headerLength bytes of the RTP header including CSRCs and extension
     * @param roc the roll-over counter of this packet's sequence number
     * @return the SRTP packet's length
     */
    public int protectRtp(byte[] p, int at, int length, int headerLength, long roc) {
        int ssrc = int32(p, at + 8);
        int seq = ((p[at + 2] & 0xff) << 8) | (p[at + 3] & 0xff);
        int payloadAt = at + headerLength;
        int payloadLength = length - headerLength;
        if (profile.aead()) {
            rtp.gcmIv(ssrc, roc, seq, false);
            rtp.gcm(true, p, at, headerLength, null, 0, 0, p, payloadAt, payloadLength, p, at + length);
            return length + 16;
        }
        rtp.cmIv(ssrc, (roc << 16) | seq);
        rtp.cmXor(p, payloadAt, payloadLength);
        rtp.authTag(p, at, length, roc, p, at + length);
        return length + profile.tagLength;
    }

    /** @return the plaintext length, or -1 when the tag does not verify */
    public int unprotectRtp(byte[] p, int at, int length, int headerLength) {
        int ssrc = int32(p, at + 8);
        int seq = ((p[at + 2] & 0xff) << 8) | (p[at + 3] & 0xff);
        int src = source(ssrc, seq);
        long roc = guessRoc(src, seq);
        int plain = length - profile.tagLength;
        if (plain < headerLength) {
            return -1;
        }
        if (profile.aead()) {
            rtp.gcmIv(ssrc, roc, seq, false);
            rtp.gcm(false, p, at, headerLength, null, 0, 0, p, at + headerLength, plain - headerLength, tag, 0);
            if (!SrtpCipher.equal16(tag, 0, p, at + plain)) {
                rtp.gcm(false, p, at, headerLength, null, 0, 0, p, at + headerLength, plain - headerLength, tag, 0);
                return -1; // decrypting twice restores the bytes; the packet is dropped anyway
            }
        } else {
            if (!rtp.authValid(p, at, plain, roc, at + plain)) {
                return -1;
            }
            rtp.cmIv(ssrc, (roc << 16) | seq);
            rtp.cmXor(p, at + headerLength, plain - headerLength);
        }
        update(src, seq, roc);
        return plain;
    }

    /**
     * Encrypts a compound RTCP packet in place (bytes after the first 8) and appends the SRTCP
     * trailer: E flag and index, and the tag (RFC 3711 §3.4; RFC 7714 §9 puts the tag first).
     */
    public int protectRtcp(byte[] p, int at, int length) {
        int ssrc = int32(p, at + 4);
        long index = rtcpIndex;
        rtcpIndex = (rtcpIndex + 1) & 0x7fffffffL;
        int e = (int) (0x80000000L | index);
        if (profile.aead()) {
            trailer[0] = (byte) (e >>> 24);
            trailer[1] = (byte) (e >>> 16);
            trailer[2] = (byte) (e >>> 8);
            trailer[3] = (byte) e;
            rtcp.gcmIv(ssrc, 0, index, true);
            rtcp.gcm(true, p, at, 8, trailer, 0, 4, p, at + 8, length - 8, p, at + length);
            System.arraycopy(trailer, 0, p, at + length + 16, 4);
            return length + 20;
        }
        rtcp.cmIv(ssrc, index);
        rtcp.cmXor(p, at + 8, length - 8);
        putInt32(p, at + length, e);
        rtcp.authTag(p, at, length + 4, -1, p, at + length + 4);
        return length + 4 + profile.tagLength;
    }

    /** @return the plaintext RTCP length, or -1 when it does not verify or is a replay of the last */
    public int unprotectRtcp(byte[] p, int at, int length) {
        int overhead = rtcpOverhead();
        if (length < 8 + overhead) {
            return -1;
        }
        int ssrc = int32(p, at + 4);
        int plain = length - overhead;
        int e;
        if (profile.aead()) {
            e = int32(p, at + length - 4);
            System.arraycopy(p, at + length - 4, trailer, 0, 4);
            long index = e & 0x7fffffffL;
            if (index == rtcpReceived) {
                return -1;
            }
            boolean encrypted = e < 0;
            rtcp.gcmIv(ssrc, 0, index, true);
            if (encrypted) {
                rtcp.gcm(false, p, at, 8, trailer, 0, 4, p, at + 8, plain - 8, tag, 0);
            } else {
                return -1; // unencrypted SRTCP (E=0) is not negotiated by browsers
            }
            if (!SrtpCipher.equal16(tag, 0, p, at + plain)) {
                return -1;
            }
            rtcpReceived = index;
            return plain;
        }
        e = int32(p, at + plain);
        long index = e & 0x7fffffffL;
        if (index == rtcpReceived || !rtcp.authValid(p, at, plain + 4, -1, at + plain + 4)) {
            return -1;
        }
        if (e < 0) {
            rtcp.cmIv(ssrc, index);
            rtcp.cmXor(p, at + 8, plain - 8);
        }
        rtcpReceived = index;
        return plain;
    }

    private int source(int ssrc, int seq) {
        for (int i = 0; i < sources; i++) {
            if (ssrcs[i] == ssrc) {
                return i;
            }
        }
        int i = sources < MAX_SOURCES ? sources++ : MAX_SOURCES - 1;
        ssrcs[i] = ssrc;
        highest[i] = seq;
        rocs[i] = 0;
        return i;
    }

    // RFC 3711 Appendix A: the index closest to the highest one seen.
    private long guessRoc(int src, int seq) {
        int sl = highest[src];
        long roc = rocs[src];
        if (sl < 32768) {
            return seq - sl > 32768 && roc > 0 ? roc - 1 : roc;
        }
        return sl - 32768 > seq ? roc + 1 : roc;
    }

    private void update(int src, int seq, long roc) {
        long index = (roc << 16) | seq;
        long current = (rocs[src] << 16) | highest[src];
        if (index > current) {
            rocs[src] = roc;
            highest[src] = seq;
        }
    }

    private static int int32(byte[] p, int at) {
        return (p[at] & 0xff) << 24 | (p[at + 1] & 0xff) << 16 | (p[at + 2] & 0xff) << 8 | (p[at + 3] & 0xff);
    }

    private static void putInt32(byte[] p, int at, int v) {
        p[at] = (byte) (v >>> 24);
        p[at + 1] = (byte) (v >>> 16);
        p[at + 2] = (byte) (v >>> 8);
        p[at + 3] = (byte) v;
    }
}
