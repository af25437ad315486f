package io.rotordream.rtsp.server.internal.protocol;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

public class SdpAndDigestTest {

    @Test
    public void h264DescriptionCarriesProfileAndParameterSets() {
        byte[] sps = { 0x67, 0x64, 0x00, 0x1f, 0x11 };
        byte[] pps = { 0x68, (byte) 0xee, 0x3c };
        String sdp = SdpWriter.describe("main", "192.0.2.9", 42, false, null, sps, pps, 30, null);
        assertTrue(sdp, sdp.contains("m=video 0 RTP/AVP 96\r\n"));
        assertTrue(sdp, sdp.contains("a=rtpmap:96 H264/90000\r\n"));
        assertTrue(sdp, sdp.contains("a=fmtp:96 packetization-mode=1;profile-level-id=64001f;sprop-parameter-sets="
                + Base64.getEncoder().encodeToString(sps) + "," + Base64.getEncoder().encodeToString(pps) + "\r\n"));
        assertTrue(sdp, sdp.contains("a=framerate:30\r\n"));
        assertTrue(sdp, sdp.contains("a=range:npt=0-\r\n"));
        assertTrue(sdp, sdp.contains("a=control:trackID=0\r\n"));
        assertTrue(sdp, sdp.startsWith("v=0\r\no=- 42 42 IN IP4 192.0.2.9\r\n"));
    }

    @Test
    public void h265DescriptionCarriesVpsSpsPps() {
        String sdp = SdpWriter.describe("sub", "::1", 1, true, new byte[] { 0x40, 1 }, new byte[] { 0x42, 1 },
                new byte[] { 0x44, 1 }, 29.97, null);
        assertTrue(sdp, sdp.contains("a=rtpmap:96 H265/90000"));
        assertTrue(sdp, sdp.contains("sprop-vps=QAE=;sprop-sps=QgE=;sprop-pps=RAE="));
        assertTrue(sdp, sdp.contains("a=framerate:29.97"));
        assertTrue(sdp, sdp.contains("IN IP6 ::1"));
    }

    private static final AtomicLong NOW = new AtomicLong(1_000_000);
    private final DigestAuth auth = new DigestAuth("RotorDream", new byte[32], NOW::get);
    private final Map<String, DigestAuth.Credentials> users = Map.of("nvr", new DigestAuth.Credentials(
            DigestAuth.ha1("MD5", "nvr", "RotorDream", "pw".toCharArray()),
            DigestAuth.ha1("SHA-256", "nvr", "RotorDream", "pw".toCharArray()), "viewer"));

    private String answer(String algorithm, String password, String nonce, String uri) {
        String h = algorithm.equals("MD5") ? "MD5" : "SHA-256";
        String ha1 = DigestAuth.ha1(h, "nvr", "RotorDream", password.toCharArray());
        String response = DigestAuth.hash(h, ha1 + ":" + nonce + ":" + DigestAuth.hash(h, "DESCRIBE:" + uri));
        return "Digest username=\"nvr\", realm=\"RotorDream\", nonce=\"" + nonce + "\", uri=\"" + uri
                + "\", response=\"" + response + "\", algorithm=" + algorithm;
    }

    @Test
    public void rfc2617ExampleHa1() {
        // RFC 2617 §3.5: Mufasa:testrealm@host.com:Circle Of Life
        assertEquals("939e7578ed9e3c518a452acee763bce9",
                DigestAuth.ha1("MD5", "Mufasa", "testrealm@host.com", "Circle Of Life".toCharArray()));
    }

    @Test
    public void digestAcceptsTheRightPasswordWithEitherAlgorithmAndRefusesTheRest() {
        String nonce = auth.nonce();
        String uri = "rtsp://127.0.0.1:8554/main";
        for (String alg : List.of("MD5", "SHA-256")) {
            assertEquals("nvr", auth.verify("DESCRIBE", answer(alg, "pw", nonce, uri), true, false, users::get).user());
            assertFalse(auth.verify("DESCRIBE", answer(alg, "nope", nonce, uri), true, false, users::get).ok());
        }
        assertFalse("forged nonce", auth.verify("DESCRIBE", answer("MD5", "pw", "0".repeat(40), uri), true, false,
                users::get).ok());
        assertFalse("digest off", auth.verify("DESCRIBE", answer("MD5", "pw", nonce, uri), false, true, users::get).ok());
        NOW.addAndGet(DigestAuth.NONCE_LIFETIME_MS + 1);
        DigestAuth.Outcome stale = auth.verify("DESCRIBE", answer("MD5", "pw", nonce, uri), true, false, users::get);
        assertFalse(stale.ok());
        assertTrue(stale.stale());
    }

    @Test
    public void basicChecksAgainstTheStoredHash() {
        String good = "Basic " + Base64.getEncoder().encodeToString("nvr:pw".getBytes(StandardCharsets.UTF_8));
        String bad = "Basic " + Base64.getEncoder().encodeToString("nvr:px".getBytes(StandardCharsets.UTF_8));
        assertTrue(auth.verify("PLAY", good, true, true, users::get).ok());
        assertFalse(auth.verify("PLAY", bad, true, true, users::get).ok());
        assertFalse("basic off", auth.verify("PLAY", good, true, false, users::get).ok());
        assertFalse(auth.verify("PLAY", "Basic !!!", true, true, users::get).ok());
        assertEquals(3, auth.challenges(true, true, false).size());
        assertTrue(auth.challenges(true, false, true).get(0).contains("stale=true"));
    }
}
