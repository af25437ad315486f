package io.rotordream.webrtc.server.internal.srtp;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.Test;

public class SrtpTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    /** RFC 3711 Appendix B.3: key derivation from master key and salt. */
    @Test
    public void keyDerivationMatchesRfc3711B3() {
        SrtpKeys k = new SrtpKeys(SrtpProfile.AES_CM_128_HMAC_SHA1_80, hex("E1F97A0D3E018BE0D64FA32C06DE4139"),
                hex("0EC675AD498AFEEBB6960B3AABE6"));
        assertArrayEquals(hex("C61E7A93744F39EE10734AFE3FF7A087"), k.rtpKey);
        assertArrayEquals(hex("30CBBC08863D8C85D49DB34A9AE1"), k.rtpSalt);
        assertArrayEquals(hex("CEBE321F6FF7716B6FD4AB49AF256A156D38BAA4"), k.rtpAuth);
    }

    /** RFC 3711 Appendix B.2: the AES-CM key stream of a session key and IV. */
    @Test
    public void counterModeKeyStreamMatchesRfc3711B2() {
        SrtpCipher c = new SrtpCipher(SrtpProfile.AES_CM_128_HMAC_SHA1_80, hex("2B7E151628AED2A6ABF7158809CF4F3C"),
                hex("F0F1F2F3F4F5F6F7F8F9FAFBFCFD"), new byte[20]);
        c.cmIv(0, 0);
        byte[] zeros = new byte[48];
        c.cmXor(zeros, 0, 48);
        assertArrayEquals(hex("E03EAD0935C95E80E166B16DD92B4EB4 D23513162B02D0F72A43A2FE4A5F97AB"
                + " 41E95B3BB0A2E8DD477901E4FCA894C0"), zeros);
    }

    /** GCM against the JCE's AES/GCM with the IV RFC 7714 §8.1 builds. */
    @Test
    public void gcmMatchesTheJce() throws Exception {
        byte[] key = new byte[16];
        byte[] salt = new byte[12];
        new Random(1).nextBytes(key);
        new Random(2).nextBytes(salt);
        SrtpContext ctx = new SrtpContext(SrtpProfile.AEAD_AES_128_GCM, key, salt);
        byte[] p = packet(300, 0x1234, 0xCAFEBABE);
        byte[] plain = p.clone();
        int n = ctx.protectRtp(p, 0, 312, 12, 7);
        assertEquals(312 + 16, n);
        SrtpKeys k = new SrtpKeys(SrtpProfile.AEAD_AES_128_GCM, key, salt);
        byte[] iv = new byte[12];
        iv[2] = (byte) 0xCA;
        iv[3] = (byte) 0xFE;
        iv[4] = (byte) 0xBA;
        iv[5] = (byte) 0xBE;
        iv[9] = 7;
        iv[10] = 0x12;
        iv[11] = 0x34;
        for (int i = 0; i < 12; i++) {
            iv[i] ^= k.rtpSalt[i];
        }
        Cipher jce = Cipher.getInstance("AES/GCM/NoPadding");
        jce.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k.rtpKey, "AES"), new GCMParameterSpec(128, iv));
        jce.updateAAD(plain, 0, 12);
        byte[] expected = jce.doFinal(plain, 12, 300);
        assertArrayEquals(expected, Arrays.copyOfRange(p, 12, n));
    }

    @Test
    public void rtpAndRtcpRoundTripAndTamperingIsCaught() {
        for (SrtpProfile profile : SrtpProfile.values()) {
            byte[] key = new byte[16];
            byte[] salt = new byte[profile.saltLength];
            new Random(3).nextBytes(key);
            new Random(4).nextBytes(salt);
            SrtpContext sender = new SrtpContext(profile, key, salt);
            SrtpContext receiver = new SrtpContext(profile, key, salt);
            for (int seq = 65530; seq < 65540; seq++) {
                byte[] p = packet(200, seq & 0xffff, 42);
                byte[] plain = p.clone();
                int n = sender.protectRtp(p, 0, 212, 12, seq >= 65536 ? 1 : 0);
                assertEquals(profile.name(), 212, receiver.unprotectRtp(p, 0, n, 12));
                assertArrayEquals(Arrays.copyOf(plain, 212), Arrays.copyOf(p, 212));
            }
            byte[] p = packet(200, 5, 42);
            int n = sender.protectRtp(p, 0, 212, 12, 1);
            p[100] ^= 1;
            assertEquals(-1, receiver.unprotectRtp(p, 0, n, 12));

            byte[] rtcp = new byte[200];
            rtcp[0] = (byte) 0x81;
            rtcp[1] = (byte) 201;
            rtcp[3] = 7;
            rtcp[7] = 9;
            byte[] rtcpPlain = rtcp.clone();
            int m = sender.protectRtcp(rtcp, 0, 32);
            assertEquals(32 + sender.rtcpOverhead(), m);
            assertEquals(32, receiver.unprotectRtcp(rtcp, 0, m));
            assertArrayEquals(Arrays.copyOf(rtcpPlain, 32), Arrays.copyOf(rtcp, 32));
            assertEquals("a replay is refused", -1, receiver.unprotectRtcp(rtcp, 0, m));
        }
    }

    private static byte[] packet(int payload, int seq, int ssrc) {
        byte[] p = new byte[12 + payload + 64];
        p[0] = (byte) 0x80;
        p[1] = 96;
        p[2] = (byte) (seq >>> 8);
        p[3] = (byte) seq;
        p[8] = (byte) (ssrc >>> 24);
        p[9] = (byte) (ssrc >>> 16);
        p[10] = (byte) (ssrc >>> 8);
        p[11] = (byte) ssrc;
        for (int i = 0; i < payload; i++) {
            p[12 + i] = (byte) (i * 7);
        }
        return p;
    }
}
