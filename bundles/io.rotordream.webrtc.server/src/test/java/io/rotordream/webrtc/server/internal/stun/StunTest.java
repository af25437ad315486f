package io.rotordream.webrtc.server.internal.stun;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

import org.junit.Test;

public class StunTest {

    @Test
    public void aCheckIsVerifiedAndAnsweredWithIntegrityAndFingerprint() {
        byte[] tid = "abcdefghijkl".getBytes();
        byte[] req = Stun.bindingRequest(tid, "srv1:cli1", "serverpassword0123456789", true, 12345);
        ByteBuffer b = ByteBuffer.wrap(req);
        assertTrue(Stun.isStun(b, 0, req.length));
        Stun.Request r = Stun.parseRequest(b, 0, req.length);
        assertNotNull(r);
        assertEquals("srv1", r.localUfrag());
        assertEquals("cli1", r.remoteUfrag());
        assertTrue(r.useCandidate);
        assertTrue(r.controlling);
        assertEquals(12345, r.priority);
        assertTrue(Stun.integrityValid(r, "serverpassword0123456789"));
        assertFalse(Stun.integrityValid(r, "wrongpassword0123456789x"));

        byte[] resp = Stun.successResponse(r, new InetSocketAddress("10.1.2.3", 50000), "serverpassword0123456789");
        ByteBuffer rb = ByteBuffer.wrap(resp);
        assertEquals(Stun.BINDING_SUCCESS, rb.getShort(0) & 0xffff);
        assertEquals(resp.length - 20, rb.getShort(2) & 0xffff);
        assertTrue(Stun.fingerprintValid(resp));
        assertTrue(Stun.responseIntegrityValid(resp, "serverpassword0123456789"));
        // RFC 8489 §14.2: XOR-MAPPED-ADDRESS port and address XOR the magic cookie
        assertEquals(50000, (rb.getShort(26) & 0xffff) ^ 0x2112);
        assertEquals((10 << 24 | 1 << 16 | 2 << 8 | 3) ^ Stun.MAGIC_COOKIE, rb.getInt(28));
    }

    @Test
    public void notStunOrTruncatedIsIgnored() {
        byte[] req = Stun.bindingRequest(new byte[12], "a:b", "serverpassword0123456789", false, 1);
        assertFalse(Stun.isStun(ByteBuffer.wrap(req), 0, req.length - 1));
        req[4] = 0;
        assertFalse(Stun.isStun(ByteBuffer.wrap(req), 0, req.length));
    }
}
