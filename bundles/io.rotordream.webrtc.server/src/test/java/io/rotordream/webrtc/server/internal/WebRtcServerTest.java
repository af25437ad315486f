package io.rotordream.webrtc.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.After;
import org.junit.Test;

import io.rotordream.webrtc.api.WhepAnswer;
import io.rotordream.webrtc.api.WhepException;
import io.rotordream.webrtc.server.internal.dtls.DtlsCertificate;
import io.rotordream.webrtc.server.internal.dtls.DtlsIdentity;
import io.rotordream.webrtc.server.internal.session.Session;
import io.rotordream.webrtc.server.internal.session.SessionSettings;
import io.rotordream.webrtc.server.internal.srtp.SrtpProfile;

/**
 * The server end to end in plain Java over loopback: a Java viewer (ICE, DTLS, SRTP like a browser)
 * against a fake stream. No timing is asserted beyond generous waits for things to happen.
 */
public class WebRtcServerTest {

    private FakeStream stream;
    private WebRtcServer server;
    private Settings settings;
    private final List<WhepTestClient> clients = new ArrayList<>();

    private void start(int gop, double drop, int connectSeconds, int consentSeconds) throws Exception {
        stream = new FakeStream(gop, 6000);
        SessionSettings session = new SessionSettings(connectSeconds * 1_000_000_000L, consentSeconds * 1_000_000_000L,
                10_000_000_000L, 512, drop, 200_000_000L, 1200);
        settings = new Settings(200, 0, 0, List.of(InetAddress.getLoopbackAddress()), "h264", 5000, false, List.of(),
                List.of(SrtpProfile.AEAD_AES_128_GCM, SrtpProfile.AES_CM_128_HMAC_SHA1_80), session);
        server = new WebRtcServer(DtlsIdentity.of(DtlsCertificate.create()), m -> m.equals("main") ? stream : null,
                settings);
    }

    @After
    public void tearDown() {
        clients.forEach(WhepTestClient::close);
        if (server != null) {
            server.close();
        }
        if (stream != null) {
            stream.stop();
        }
    }

    private WhepTestClient viewer(SrtpProfile... profiles) throws Exception {
        WhepTestClient c = new WhepTestClient(profiles);
        clients.add(c);
        WhepAnswer a = server.offer("main", c.offer(true), "alice");
        c.connect(a.sdp, null);
        return c;
    }

    private static void await(String what, long millis, BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        fail("not within " + millis + " ms: " + what);
    }

    @Test
    public void gcmViewerGetsAKeyframeFirstThenTheStreamAndSenderReports() throws Exception {
        start(30, 0, 10, 10);
        WhepTestClient c = viewer(SrtpProfile.AEAD_AES_128_GCM);
        assertEquals(SrtpProfile.AEAD_AES_128_GCM, c.profile);
        await("keyframe and 20 access units", 10_000, () -> c.accessUnits.get() >= 20 && !c.keyframeNanos.isEmpty());
        assertTrue("the first complete access unit is a keyframe", c.keyframeNanos.get(0) <= c.firstPacketNanos + 200_000_000L);
        await("a sender report", 5_000, () -> c.senderReports.get() > 0);
        assertEquals("every packet authenticates", 0, c.authFailures.get());
        Session s = server.all().get(0);
        assertEquals(Session.State.SECURED, s.state());
        assertEquals("AEAD_AES_128_GCM", s.info().srtpProfile);
    }

    @Test
    public void consentChecksKeepASessionAliveAndTheirAbsenceEndsIt() throws Exception {
        start(30, 0, 10, 2);
        WhepTestClient c = viewer();
        await("media", 10_000, () -> c.accessUnits.get() > 3);
        Thread.sleep(4_000);
        assertEquals("alive after twice the consent timeout", 1, server.all().size());
        c.abandon();
        await("consent expired", 10_000, () -> server.all().isEmpty());
    }

    @Test
    public void aesCmViewerWorksToo() throws Exception {
        start(30, 0, 10, 10);
        WhepTestClient c = viewer(SrtpProfile.AES_CM_128_HMAC_SHA1_80);
        assertEquals(SrtpProfile.AES_CM_128_HMAC_SHA1_80, c.profile);
        await("20 access units", 10_000, () -> c.accessUnits.get() >= 20);
        await("a sender report", 5_000, () -> c.senderReports.get() > 0);
        assertEquals(0, c.authFailures.get());
    }

    @Test
    public void pliAndFirYieldAKeyframeAndAreRateLimited() throws Exception {
        start(100_000, 0, 10, 10);
        WhepTestClient c = viewer();
        await("the first keyframe", 10_000, () -> c.keyframeNanos.size() >= 1);
        Thread.sleep(300);
        int before = c.keyframeNanos.size();
        c.sendPli();
        await("a keyframe after PLI", 5_000, () -> c.keyframeNanos.size() > before);
        Thread.sleep(300);
        int afterPli = c.keyframeNanos.size();
        c.sendFir();
        await("a keyframe after FIR", 5_000, () -> c.keyframeNanos.size() > afterPli);
        long requests = stream.keyframeRequests.get();
        for (int i = 0; i < 10; i++) {
            c.sendPli();
        }
        Thread.sleep(150);
        assertTrue("10 PLIs at once make at most one request", stream.keyframeRequests.get() - requests <= 1);
        Session s = server.all().get(0);
        assertTrue(s.info().plis >= 11);
        assertEquals(1, s.info().firs);
    }

    @Test
    public void lossOnTheSendPathIsRepairedByRtxOnNack() throws Exception {
        start(30, 0.05, 10, 10);
        WhepTestClient c = viewer();
        await("150 access units", 15_000, () -> c.accessUnits.get() >= 150);
        // About 9 of the ~180 packets are dropped by then; wait on rather than fail on an unlucky draw, and say
        // what each side counted if the loss never shows.
        try {
            await("the test hook dropped packets", 15_000, () -> !c.missing().isEmpty());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": client received " + c.received.size() + " of "
                    + c.packets + " packets, server dropped " + server.all().get(0).info().droppedPackets);
        }
        List<Integer> missing = c.missing();
        for (int seq : missing) {
            c.sendNack(seq);
        }
        try {
            await("every missing packet retransmitted", 5_000, () -> c.repaired.containsAll(missing));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": missing " + missing + ", repaired " + c.repaired + ", rtx "
                    + c.rtxPackets + ", auth failures " + c.authFailures + ", server " + server.all().get(0).info().nacks
                    + " NACKs, " + server.all().get(0).info().retransmitted + " retransmitted");
        }
        assertTrue(c.rtxPackets.get() >= missing.size());
        Session s = server.all().get(0);
        assertTrue(s.info().droppedPackets > 0);
        assertTrue(s.info().retransmitted >= missing.size());
    }

    @Test
    public void withoutADtlsCertificateOffersAreRefusedWith503AndLeaveNoSession() throws Exception {
        start(30, 0, 10, 10);
        server.close();
        Path notADirectory = Files.createTempFile("rotordream-webrtc", ".file");
        try {
            server = new WebRtcServer(DtlsIdentity.loadOrCreateInBackground(notADirectory),
                    m -> m.equals("main") ? stream : null, settings);
            WhepTestClient c = new WhepTestClient(SrtpProfile.AEAD_AES_128_GCM);
            clients.add(c);
            WhepException e = assertThrows(WhepException.class, () -> server.offer("main", c.offer(true), "alice"));
            assertEquals(503, e.status());
            assertEquals("no_dtls_identity", e.code());
            assertTrue(e.getMessage(), e.getMessage().contains("DTLS certificate"));
            assertTrue(server.all().isEmpty());
        } finally {
            Files.deleteIfExists(notADirectory);
        }
    }

    @Test
    public void badOffersAreRefusedNamingWhy() throws Exception {
        start(30, 0, 10, 10);
        String good = new WhepTestClient().offer(true);
        assertRefused(406, "no_video", good.replace("m=video", "m=text"));
        assertRefused(400, "no_fingerprint", good.replaceAll("a=fingerprint:[^\r]*\r\n", ""));
        assertRefused(406, "no_common_codec", good.replace("H264/90000", "AV1/90000"));
        assertRefused(400, "no_ice_credentials", good.replaceAll("a=ice-pwd:[^\r]*\r\n", ""));
        assertRefused(400, "no_rtcp_mux", good.replace("a=rtcp-mux\r\n", ""));
        assertRefused(400, "setup_conflict", good.replace("a=setup:actpass", "a=setup:passive"));
        assertRefused(400, "not_sdp", "hello");
        try {
            server.offer("nope", good, "alice");
            fail();
        } catch (WhepException e) {
            assertEquals(404, e.status());
        }
        assertTrue("nothing was left open", server.all().isEmpty());
    }

    private void assertRefused(int status, String code, String offer) {
        try {
            server.offer("main", offer, "alice");
            fail("accepted: " + code);
        } catch (WhepException e) {
            assertEquals(e.getMessage(), code, e.code());
            assertEquals(e.getMessage(), status, e.status());
        }
    }

    @Test
    public void answerRejectsAudioKeepsVideoAndDescribesTheServer() throws Exception {
        start(30, 0, 10, 10);
        String answer = server.offer("main", new WhepTestClient().offer(true), "alice").sdp;
        assertTrue(answer, answer.contains("m=audio 0 UDP/TLS/RTP/SAVPF 111\r\n"));
        assertTrue(answer.contains("a=group:BUNDLE 0\r\n"));
        assertTrue(answer.contains("a=ice-lite\r\n"));
        assertTrue(answer.contains("a=setup:passive\r\n"));
        assertTrue(answer.contains("a=rtcp-mux\r\n"));
        assertTrue(answer.contains("a=fmtp:102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f"));
        assertTrue(answer.contains("a=fmtp:103 apt=102\r\n"));
        assertTrue(answer.contains("a=rtcp-fb:102 nack pli\r\n"));
        assertTrue(answer.contains("a=rtcp-fb:102 transport-cc\r\n"));
        assertTrue(answer.contains(" typ host\r\n"));
        assertTrue(answer.contains("a=fingerprint:sha-256 "));
    }

    @Test
    public void deleteSendsByeAndOnlyTheOwnerOrAnOperatorMayDelete() throws Exception {
        start(30, 0, 10, 10);
        WhepTestClient c = viewer();
        await("media", 10_000, () -> c.accessUnits.get() > 5);
        String id = server.all().get(0).id;
        try {
            server.delete(id, "mallory", false);
            fail();
        } catch (WhepException e) {
            assertEquals(403, e.status());
        }
        try {
            server.delete("unknown", "alice", true);
            fail();
        } catch (WhepException e) {
            assertEquals(404, e.status());
        }
        server.delete(id, "alice", false);
        await("BYE", 3_000, () -> c.byes.get() > 0);
        assertTrue(server.all().isEmpty());
    }

    @Test
    public void trickleAcceptsCandidatesAndRefusesStaleTagsAndRestarts() throws Exception {
        start(30, 0, 10, 10);
        WhepAnswer a = server.offer("main", new WhepTestClient().offer(false), "alice");
        String ufrag = server.session(a.sessionId).negotiation.video.iceUfrag;
        server.trickle(a.sessionId, "a=ice-ufrag:" + ufrag + "\r\na=mid:0\r\n"
                + "a=candidate:1 1 udp 2122260223 10.0.0.2 50000 typ host\r\n", a.etag, "alice", false);
        assertWhep(412, () -> server.trickle(a.sessionId, "a=mid:0\r\n", "\"other\"", "alice", false));
        assertWhep(501, () -> server.trickle(a.sessionId, "a=ice-ufrag:new1\r\na=ice-pwd:newpasswordnewpassword12\r\n",
                "*", "alice", false));
        assertWhep(400, () -> server.trickle(a.sessionId, "a=candidate:broken\r\n", null, "alice", false));
    }

    private static void assertWhep(int status, Runnable r) {
        try {
            r.run();
            fail();
        } catch (WhepException e) {
            assertEquals(e.getMessage(), status, e.status());
        }
    }

    @Test
    public void abandonedSessionsAreReclaimedWithTheirSocketsAndNoThreadLeft() throws Exception {
        start(30, 0, 3, 2);
        WhepTestClient warm = viewer();
        await("media", 10_000, () -> warm.accessUnits.get() > 5);
        warm.close();
        clients.clear();
        await("the warm-up session ends", 10_000, () -> server.all().isEmpty());
        int threads = Thread.activeCount();
        List<Session> opened = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            WhepAnswer a = server.offer("main", new WhepTestClient().offer(true), "viewer" + i);
            opened.add(server.session(a.sessionId));
        }
        List<WhepTestClient> abandoned = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            WhepTestClient c = viewer();
            abandoned.add(c);
        }
        await("connected viewers get media", 10_000, () -> abandoned.stream().allMatch(x -> x.accessUnits.get() > 3));
        abandoned.forEach(WhepTestClient::abandon);
        assertEquals(100, opened.stream().filter(java.util.Objects::nonNull).count());
        await("every session reclaimed", 15_000, () -> server.all().isEmpty());
        for (Session s : opened) {
            assertFalse("socket closed", s.channel().isOpen());
            assertEquals("ice_timeout", s.closeReason());
        }
        await("threads back to the baseline", 10_000, () -> Thread.activeCount() <= threads + 1);
        assertNotNull(stream);
    }
}
