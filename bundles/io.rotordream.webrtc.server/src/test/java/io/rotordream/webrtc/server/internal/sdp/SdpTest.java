package io.rotordream.webrtc.server.internal.sdp;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.Test;

public class SdpTest {

    /** The video section of an offer Chromium 156 made, trimmed. */
    static final String CHROMIUM = "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
            + "a=group:BUNDLE 0 1\r\na=extmap-allow-mixed\r\na=msid-semantic: WMS\r\n"
            + "m=video 9 UDP/TLS/RTP/SAVPF 96 97 102 103 104 105 106 107 108 109 127 125 39 40\r\n"
            + "c=IN IP4 0.0.0.0\r\na=rtcp:9 IN IP4 0.0.0.0\r\na=ice-ufrag:8hhY\r\n"
            + "a=ice-pwd:asd88fgpdd777uzjYhagZg1a\r\na=ice-options:trickle\r\n"
            + "a=fingerprint:sha-256 D2:FA:0E:C3:22:59:5E:14:95:69:92:3D:13:B4:84:24:2C:C2:A2:C0:3E:FD:34:8E:5E:EA:6F:AF:52:CE:E6:0F\r\n"
            + "a=setup:actpass\r\na=mid:0\r\n"
            + "a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01\r\n"
            + "a=recvonly\r\na=rtcp-mux\r\na=rtcp-rsize\r\n"
            + "a=rtpmap:96 VP8/90000\r\na=rtcp-fb:96 goog-remb\r\na=rtcp-fb:96 transport-cc\r\n"
            + "a=rtpmap:97 rtx/90000\r\na=fmtp:97 apt=96\r\n"
            + "a=rtpmap:102 H264/90000\r\na=rtcp-fb:102 goog-remb\r\na=rtcp-fb:102 transport-cc\r\n"
            + "a=rtcp-fb:102 ccm fir\r\na=rtcp-fb:102 nack\r\na=rtcp-fb:102 nack pli\r\n"
            + "a=fmtp:102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42001f\r\n"
            + "a=rtpmap:103 rtx/90000\r\na=fmtp:103 apt=102\r\n"
            + "a=rtpmap:104 H264/90000\r\na=rtcp-fb:104 nack\r\n"
            + "a=fmtp:104 level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=42001f\r\n"
            + "a=rtpmap:105 rtx/90000\r\na=fmtp:105 apt=104\r\n"
            + "a=rtpmap:106 H264/90000\r\na=rtcp-fb:106 nack\r\n"
            + "a=fmtp:106 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f\r\n"
            + "a=rtpmap:107 rtx/90000\r\na=fmtp:107 apt=106\r\n"
            + "a=rtpmap:108 H264/90000\r\na=rtcp-fb:108 nack\r\n"
            + "a=fmtp:108 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=4d001f\r\n"
            + "a=rtpmap:109 rtx/90000\r\na=fmtp:109 apt=108\r\n"
            + "a=rtpmap:127 H264/90000\r\na=fmtp:127 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=f4001f\r\n"
            + "a=rtpmap:39 AV1/90000\r\na=rtpmap:40 rtx/90000\r\na=fmtp:40 apt=39\r\n"
            + "m=audio 9 UDP/TLS/RTP/SAVPF 111 63\r\nc=IN IP4 0.0.0.0\r\na=ice-ufrag:8hhY\r\n"
            + "a=ice-pwd:asd88fgpdd777uzjYhagZg1a\r\na=setup:actpass\r\na=mid:1\r\na=recvonly\r\na=rtcp-mux\r\n"
            + "a=rtpmap:111 opus/48000/2\r\na=rtpmap:63 red/48000/2\r\n";

    @Test
    public void picksTheStreamsProfileWithModeOneAndItsRtx() {
        SdpOffer o = SdpParser.parse(CHROMIUM);
        assertEquals(List.of("0", "1"), o.bundle);
        Negotiation main = Negotiation.of(o, "H264", 0x4d);
        assertEquals(108, main.codec.payloadType);
        assertEquals(109, main.rtxPayloadType);
        assertTrue(main.answerFmtp().endsWith("profile-level-id=4d001f"));
        Negotiation high = Negotiation.of(o, "H264", 0x64);
        assertEquals("no High offered: Main is the closest", 108, high.codec.payloadType);
        assertEquals("feedback as offered for that payload type", List.of("nack"), main.feedback);
        assertEquals(-1, main.transportCcId);
        Negotiation baseline = Negotiation.of(o, "H264", 0x42);
        assertEquals("the first Baseline with packetization-mode 1", 102, baseline.codec.payloadType);
        assertEquals(List.of("nack", "nack pli", "ccm fir", "goog-remb", "transport-cc"), baseline.feedback);
        assertEquals(3, baseline.transportCcId);
    }

    @Test
    public void h265IsServedWhenOfferedAndRefusedWhenNot() {
        String withHevc = CHROMIUM.replace("a=rtpmap:39 AV1/90000", "a=rtpmap:39 H265/90000\r\na=fmtp:39 level-id=93;profile-id=1;tier-flag=0;tx-mode=SRST");
        Negotiation n = Negotiation.of(SdpParser.parse(withHevc), "H265", -1);
        assertEquals(39, n.codec.payloadType);
        assertEquals(40, n.rtxPayloadType);
        assertEquals("level-id=93;profile-id=1;tier-flag=0;tx-mode=SRST", n.answerFmtp());
        try {
            Negotiation.of(SdpParser.parse(CHROMIUM), "H265", -1);
            org.junit.Assert.fail();
        } catch (SdpException e) {
            assertEquals("no_common_codec", e.code());
            assertTrue(e.getMessage(), e.getMessage().contains("VP8, H264, AV1"));
        }
    }

    @Test
    public void answerBundlesTheVideoAndRejectsAudio() {
        Negotiation n = Negotiation.of(SdpParser.parse(CHROMIUM), "H264", 0x42);
        AnswerWriter.Local l = new AnswerWriter.Local();
        l.sessionId = 1;
        l.iceUfrag = "abcd";
        l.icePwd = "0123456789012345678901";
        l.fingerprint = "AA:BB";
        l.candidates = List.of(new InetSocketAddress("127.0.0.1", 40000), new InetSocketAddress("10.0.0.1", 40000));
        l.ssrc = -5;
        l.rtxSsrc = 6;
        l.cname = "c";
        String a = AnswerWriter.write(n, l);
        assertTrue(a, a.contains("a=group:BUNDLE 0\r\n"));
        assertTrue(a.contains("m=video 40000 UDP/TLS/RTP/SAVPF " + n.codec.payloadType + " " + n.rtxPayloadType + "\r\n"));
        assertTrue(a.contains("m=audio 0 UDP/TLS/RTP/SAVPF 111\r\n"));
        assertTrue(a.contains("a=mid:1\r\na=inactive\r\n"));
        assertTrue(a.contains("a=ssrc-group:FID 4294967291 6\r\n"));
        assertTrue(a.contains("a=candidate:1 1 udp 2130706431 127.0.0.1 40000 typ host\r\n"));
        assertTrue(a.contains("a=candidate:2 1 udp 2130706175 10.0.0.1 40000 typ host\r\n"));
        assertTrue(a.contains("a=sendonly\r\n"));
    }

    @Test
    public void limitsAreEnforced() {
        try {
            SdpParser.parse("v=0\r\n" + "a=x\r\n".repeat(20000));
        } catch (SdpException e) {
            assertEquals("offer_too_large", e.code());
        }
        try {
            SdpParser.parse("v=0\r\n" + "m=video 9 RTP/AVP 96\r\n".repeat(17));
        } catch (SdpException e) {
            assertEquals("too_many_media", e.code());
        }
    }
}
