package io.rotordream.webrtc.server.internal.stun;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.zip.CRC32;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * STUN (RFC 8489) as an ICE-lite agent needs it: read a Binding request, check its
 * MESSAGE-INTEGRITY with the short-term credential (RFC 8445 §7.2.2, key = our ice-pwd), and write
 * the success response with XOR-MAPPED-ADDRESS, MESSAGE-INTEGRITY and FINGERPRINT. Checks arrive
 * every few seconds per session, so this favours clarity over zero allocation.
 */
public final class Stun {

    public static final int MAGIC_COOKIE = 0x2112A442;
    public static final int BINDING_REQUEST = 0x0001;
    public static final int BINDING_SUCCESS = 0x0101;
    static final int USERNAME = 0x0006;
    static final int MESSAGE_INTEGRITY = 0x0008;
    static final int XOR_MAPPED_ADDRESS = 0x0020;
    static final int PRIORITY = 0x0024;
    static final int USE_CANDIDATE = 0x0025;
    static final int FINGERPRINT = 0x8028;
    static final int ICE_CONTROLLED = 0x8029;
    static final int ICE_CONTROLLING = 0x802A;
    static final int FINGERPRINT_XOR = 0x5354554e;

    private Stun() {
    }

    /** A parsed Binding request. */
    public static final class Request {
        public byte[] transactionId;
        public String username;
        public boolean useCandidate;
        public boolean controlling;
        public long priority;
        /** Offset of the MESSAGE-INTEGRITY attribute, -1 when absent. */
        int integrityAt = -1;
        byte[] raw;

        /** The local ufrag, the part of USERNAME before the colon (RFC 8445 §7.2.2). */
        public String localUfrag() {
            int c = username == null ? -1 : username.indexOf(':');
            return c < 0 ? null : username.substring(0, c);
        }

        public String remoteUfrag() {
            int c = username == null ? -1 : username.indexOf(':');
            return c < 0 ? null : username.substring(c + 1);
        }
    }

    /** RFC 7983 §7: first byte 0..3 is STUN; the cookie tells it apart from anything else. */
    public static boolean isStun(ByteBuffer b, int at, int length) {
        return length >= 20 && (b.get(at) & 0xc0) == 0 && b.getInt(at + 4) == MAGIC_COOKIE
                && (b.getShort(at + 2) & 0xffff) + 20 == length;
    }

    /** @return the request, or {@code null} when it is no well-formed Binding request */
    public static Request parseRequest(ByteBuffer b, int at, int length) {
        if (!isStun(b, at, length) || (b.getShort(at) & 0xffff) != BINDING_REQUEST) {
            return null;
        }
        Request r = new Request();
        r.raw = new byte[length];
        b.get(at, r.raw);
        ByteBuffer m = ByteBuffer.wrap(r.raw);
        r.transactionId = new byte[12];
        m.get(8, r.transactionId);
        int p = 20;
        while (p + 4 <= length) {
            int type = m.getShort(p) & 0xffff;
            int len = m.getShort(p + 2) & 0xffff;
            if (p + 4 + len > length) {
                return null;
            }
            switch (type) {
                case USERNAME -> r.username = new String(r.raw, p + 4, len, StandardCharsets.UTF_8);
                case USE_CANDIDATE -> r.useCandidate = true;
                case ICE_CONTROLLING -> r.controlling = true;
                case PRIORITY -> r.priority = len == 4 ? m.getInt(p + 4) & 0xffffffffL : 0;
                case MESSAGE_INTEGRITY -> r.integrityAt = r.integrityAt < 0 ? p : r.integrityAt;
                default -> {
                    // other attributes are not needed to answer
                }
            }
            if (type == MESSAGE_INTEGRITY) {
                break; // RFC 8489 §14.5: only FINGERPRINT may follow, and it is not covered
            }
            p += 4 + ((len + 3) & ~3);
        }
        return r;
    }

    /** RFC 8489 §14.5: HMAC-SHA1 over the message up to the attribute, the length field covering it. */
    public static boolean integrityValid(Request r, String password) {
        if (r.integrityAt < 0 || r.integrityAt + 24 > r.raw.length) {
            return false;
        }
        byte[] copy = r.raw.clone();
        ByteBuffer.wrap(copy).putShort(2, (short) (r.integrityAt + 24 - 20));
        byte[] mac = hmac(password, copy, r.integrityAt);
        byte[] got = new byte[20];
        System.arraycopy(r.raw, r.integrityAt + 4, got, 0, 20);
        return MessageDigest.isEqual(mac, got);
    }

    /** The success response to a checked request, seen from {@code source}. */
    public static byte[] successResponse(Request r, InetSocketAddress source, String password) {
        byte[] ip = source.getAddress().getAddress();
        boolean v6 = ip.length == 16;
        int xorLen = v6 ? 20 : 8;
        int length = 20 + 4 + xorLen + 24 + 8;
        ByteBuffer b = ByteBuffer.allocate(length);
        b.putShort(0, (short) BINDING_SUCCESS);
        b.putInt(4, MAGIC_COOKIE);
        b.put(8, r.transactionId);
        int p = 20;
        // RFC 8489 §14.2: port and address XORed with the cookie (and the transaction id for IPv6)
        b.putShort(p, (short) XOR_MAPPED_ADDRESS);
        b.putShort(p + 2, (short) xorLen);
        b.put(p + 4, (byte) 0);
        b.put(p + 5, (byte) (v6 ? 2 : 1));
        b.putShort(p + 6, (short) (source.getPort() ^ (MAGIC_COOKIE >>> 16)));
        byte[] mask = new byte[16];
        ByteBuffer.wrap(mask).putInt(MAGIC_COOKIE).put(r.transactionId);
        for (int i = 0; i < ip.length; i++) {
            b.put(p + 8 + i, (byte) (ip[i] ^ mask[i]));
        }
        p += 4 + xorLen;
        b.putShort(2, (short) (p + 24 - 20));
        byte[] mac = hmac(password, b.array(), p);
        b.putShort(p, (short) MESSAGE_INTEGRITY);
        b.putShort(p + 2, (short) 20);
        b.put(p + 4, mac);
        p += 24;
        // RFC 8489 §14.7: CRC-32 of everything before it, XOR 0x5354554e, length covering it
        b.putShort(2, (short) (p + 8 - 20));
        CRC32 crc = new CRC32();
        crc.update(b.array(), 0, p);
        b.putShort(p, (short) FINGERPRINT);
        b.putShort(p + 2, (short) 4);
        b.putInt(p + 4, (int) crc.getValue() ^ FINGERPRINT_XOR);
        return b.array();
    }

    /** A Binding request as a controlling full agent sends it (for tests and the test client). */
    public static byte[] bindingRequest(byte[] transactionId, String username, String password, boolean useCandidate,
            long priority) {
        byte[] user = username.getBytes(StandardCharsets.UTF_8);
        int userPadded = (user.length + 3) & ~3;
        int length = 20 + 4 + userPadded + 8 + 12 + (useCandidate ? 4 : 0) + 24 + 8;
        ByteBuffer b = ByteBuffer.allocate(length);
        b.putShort(0, (short) BINDING_REQUEST);
        b.putInt(4, MAGIC_COOKIE);
        b.put(8, transactionId);
        int p = 20;
        b.putShort(p, (short) USERNAME);
        b.putShort(p + 2, (short) user.length);
        b.put(p + 4, user);
        p += 4 + userPadded;
        b.putShort(p, (short) PRIORITY);
        b.putShort(p + 2, (short) 4);
        b.putInt(p + 4, (int) priority);
        p += 8;
        b.putShort(p, (short) ICE_CONTROLLING);
        b.putShort(p + 2, (short) 8);
        b.putLong(p + 4, 0x1234567890L);
        p += 12;
        if (useCandidate) {
            b.putShort(p, (short) USE_CANDIDATE);
            p += 4;
        }
        b.putShort(2, (short) (p + 24 - 20));
        byte[] mac = hmac(password, b.array(), p);
        b.putShort(p, (short) MESSAGE_INTEGRITY);
        b.putShort(p + 2, (short) 20);
        b.put(p + 4, mac);
        p += 24;
        b.putShort(2, (short) (p + 8 - 20));
        CRC32 crc = new CRC32();
        crc.update(b.array(), 0, p);
        b.putShort(p, (short) FINGERPRINT);
        b.putShort(p + 2, (short) 4);
        b.putInt(p + 4, (int) crc.getValue() ^ FINGERPRINT_XOR);
        return b.array();
    }

    /** Whether a response ends with a FINGERPRINT that matches (for tests and the test client). */
    public static boolean fingerprintValid(byte[] m) {
        int p = m.length - 8;
        if (p < 20 || (ByteBuffer.wrap(m).getShort(p) & 0xffff) != FINGERPRINT) {
            return false;
        }
        CRC32 crc = new CRC32();
        crc.update(m, 0, p);
        return ((int) crc.getValue() ^ FINGERPRINT_XOR) == ByteBuffer.wrap(m).getInt(p + 4);
    }

    /** Checks a response's MESSAGE-INTEGRITY (before its FINGERPRINT) with {@code password}. */
    public static boolean responseIntegrityValid(byte[] m, String password) {
        int p = m.length - 8 - 24;
        if (p < 20 || (ByteBuffer.wrap(m).getShort(p) & 0xffff) != MESSAGE_INTEGRITY) {
            return false;
        }
        byte[] copy = m.clone();
        ByteBuffer.wrap(copy).putShort(2, (short) (p + 24 - 20));
        byte[] got = new byte[20];
        System.arraycopy(m, p + 4, got, 0, 20);
        return MessageDigest.isEqual(hmac(password, copy, p), got);
    }

    private static byte[] hmac(String password, byte[] data, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(password.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            mac.update(data, 0, length);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }
}
