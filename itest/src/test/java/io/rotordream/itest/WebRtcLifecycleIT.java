package io.rotordream.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.Collection;
import java.util.Hashtable;
import java.util.List;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

import io.rotordream.streaming.api.ClientInfo;
import io.rotordream.streaming.api.StreamingEndpoint;
import io.rotordream.video.api.stream.VideoStream;

/**
 * The WebRTC server bundle in the assembled runtime: its sessions show in the streaming endpoint;
 * stopping it closes them and frees their ports; stopping, starting and updating it leaves the main
 * stream's other consumers receiving without a gap. (The RTSP server is not in this branch; another
 * consumer of the main stream stands in for its viewers.)
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class WebRtcLifecycleIT extends RotorDreamTestSupport {

    /** An offer as a browser makes it (the certificate fingerprint is never checked: no DTLS here). */
    static final String OFFER = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0 1\r\n"
            + "m=video 9 UDP/TLS/RTP/SAVPF 102 103\r\nc=IN IP4 0.0.0.0\r\na=ice-ufrag:abcd\r\n"
            + "a=ice-pwd:abcdefghijklmnopqrstuvwx\r\n"
            + "a=fingerprint:sha-256 D2:FA:0E:C3:22:59:5E:14:95:69:92:3D:13:B4:84:24:2C:C2:A2:C0:3E:FD:34:8E:5E:EA:6F:AF:52:CE:E6:0F\r\n"
            + "a=setup:actpass\r\na=mid:0\r\na=recvonly\r\na=rtcp-mux\r\na=rtpmap:102 H264/90000\r\n"
            + "a=rtcp-fb:102 nack\r\na=rtcp-fb:102 nack pli\r\n"
            + "a=fmtp:102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f\r\n"
            + "a=rtpmap:103 rtx/90000\r\na=fmtp:103 apt=102\r\n"
            + "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\na=mid:1\r\na=recvonly\r\na=rtcp-mux\r\n"
            + "a=rtpmap:111 opus/48000/2\r\n";

    @Inject
    VideoStream stream;
    @Inject
    ConfigurationAdmin cm;

    @Before
    public void setUp() throws Exception {
        Hashtable<String, Object> sub = new Hashtable<>();
        sub.put("sub_enabled", false);
        cm.getConfiguration("rotordream.camera.substream", "?").updateIfDifferent(sub);
        Hashtable<String, Object> webrtc = new Hashtable<>();
        webrtc.put("ice_addresses", new String[] { "127.0.0.1" });
        webrtc.put("udp_port_min", 41300);
        webrtc.put("udp_port_max", 41399);
        cm.getConfiguration("rotordream.streaming.webrtc", "?").updateIfDifferent(webrtc);
    }

    private Http.Reply offer() {
        return http.send("POST", "/api/streaming/webrtc/whep", tokenOrAdmin(), "application/sdp", OFFER);
    }

    private String tokenOrAdmin() {
        try {
            return adminToken();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private Http.Reply awaitOffer(int status) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        Http.Reply r = null;
        while (System.currentTimeMillis() < end) {
            r = offer();
            if (r.status == status) {
                return r;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("WHEP offer never answered " + status + ": " + r);
    }

    private StreamingEndpoint endpoint() throws Exception {
        Collection<ServiceReference<StreamingEndpoint>> refs = context.getServiceReferences(StreamingEndpoint.class,
                "(" + StreamingEndpoint.PROTOCOL + "=webrtc)");
        return refs.isEmpty() ? null : context.getService(refs.iterator().next());
    }

    /** Frames lost before any consumer, as the camera status counts them (as VideoPipelineIT does). */
    private long accountedLosses() throws Exception {
        com.fasterxml.jackson.databind.JsonNode st = http.get("/api/camera/status", adminToken()).json();
        long n = st.path("source").path("dropped").asLong() + st.path("source").path("no_buffer").asLong();
        for (com.fasterxml.jackson.databind.JsonNode d : st.path("pipeline").get(0).path("drops")) {
            n += d.asLong();
        }
        return n;
    }

    private static int port(String answer) {
        for (String line : answer.split("\r\n")) {
            if (line.startsWith("a=candidate:")) {
                return Integer.parseInt(line.split(" ")[5]);
            }
        }
        throw new AssertionError("no candidate in " + answer);
    }

    private static boolean portFree(int port) {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(port))) {
            return true;
        } catch (java.net.SocketException e) {
            return false;
        }
    }

    @Test
    public void stoppingStartingAndUpdatingTheWebRtcBundleLeavesTheOtherConsumersAlone() throws Exception {
        Bundle webrtc = bundle("io.rotordream.webrtc.server");
        Http.Reply first = awaitOffer(201);
        int port = port(first.body);
        assertFalse("the session holds its port", portFree(port));
        StreamingEndpoint ep = endpoint();
        List<ClientInfo> clients = ep.clients();
        assertEquals(1, clients.size());
        assertEquals("webrtc", clients.get(0).protocol);
        assertEquals("main", clients.get(0).mount);
        assertTrue("the main stream is among the mounts: " + ep.mounts(),
                ep.mounts().stream().anyMatch(m -> m.mount.equals("main")));

        long lossesBefore = accountedLosses();
        try (StreamRecorder rec = new StreamRecorder(stream, "itest-other-consumer", 256)) {
            rec.record(1_500, 0);
            int before = rec.units.size();
            webrtc.stop();
            assertTrue("stopping closed the session's socket", portFree(port));
            assertEquals("no endpoint while stopped", null, endpoint());
            rec.record(1_500, 0);
            webrtc.start();
            awaitOffer(201);
            rec.record(1_000, 0);
            webrtc.update();
            Http.Reply again = awaitOffer(201);
            assertTrue(again.body.contains("m=video "));
            rec.record(1_500, 0);
            assertFalse("the other consumer was never closed", rec.subscription().closed());
            assertTrue("it kept receiving: " + before + " then " + rec.units.size(), rec.units.size() > before + 60);
            long gaps = 0;
            for (int i = 1; i < rec.units.size(); i++) {
                long d = rec.units.get(i).sequence() - rec.units.get(i - 1).sequence();
                assertTrue("in order", d > 0);
                gaps += d - 1;
            }
            long losses = accountedLosses() - lossesBefore + rec.subscription().dropped();
            assertTrue("the other consumer missed " + gaps + " frames beyond the " + losses
                    + " the appliance counted (capture, encoder, its own queue)", gaps <= losses);
        }
    }
}
