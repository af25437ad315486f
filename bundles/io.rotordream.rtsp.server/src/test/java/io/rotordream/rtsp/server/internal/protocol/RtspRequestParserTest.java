package io.rotordream.rtsp.server.internal.protocol;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.Test;

public class RtspRequestParserTest {

    private static final String SETUP = "SETUP rtsp://127.0.0.1:8554/main/trackID=0 RTSP/1.0\r\nCSeq: 3\r\n"
            + "Transport: RTP/AVP;unicast;client_port=5000-5001\r\nSession: ABC;timeout=60\r\n"
            + "User-Agent: test\r\n\r\n";

    private static RtspRequestParser parser() {
        return new RtspRequestParser(8192, 4096);
    }

    @Test
    public void parsesARequestFedOneByteAtATime() throws Exception {
        RtspRequestParser p = parser();
        byte[] b = SETUP.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < b.length - 1; i++) {
            p.feed(ByteBuffer.wrap(b, i, 1));
            assertEquals(RtspRequestParser.Result.NEED_MORE, p.next());
        }
        p.feed(ByteBuffer.wrap(b, b.length - 1, 1));
        assertEquals(RtspRequestParser.Result.REQUEST, p.next());
        RtspRequest r = p.request();
        assertEquals("SETUP", r.method);
        assertEquals(3, r.cseq());
        assertEquals("ABC", r.session());
        assertEquals("test", r.header("user-agent"));
        assertEquals(0, p.pending());
    }

    @Test
    public void bodiesPipelinedRequestsAndInterleavedFrames() throws Exception {
        RtspRequestParser p = parser();
        String two = "SET_PARAMETER rtsp://h/main RTSP/1.0\nCSeq: 1\nContent-Length: 5\n\nhello"
                + "OPTIONS * RTSP/1.0\r\nCSeq: 2\r\n\r\n";
        p.feed(ByteBuffer.wrap(two.getBytes(StandardCharsets.ISO_8859_1)));
        p.feed(ByteBuffer.wrap(new byte[] { '$', 1, 0, 3, 7, 8, 9 }));
        assertEquals(RtspRequestParser.Result.REQUEST, p.next());
        assertEquals("hello", new String(p.request().body(), StandardCharsets.ISO_8859_1));
        assertEquals(RtspRequestParser.Result.REQUEST, p.next());
        assertEquals(2, p.request().cseq());
        assertEquals(RtspRequestParser.Result.INTERLEAVED, p.next());
        assertEquals(1, p.channel());
        assertEquals(3, p.frameLength());
        assertEquals(RtspRequestParser.Result.NEED_MORE, p.next());
    }

    @Test
    public void refusesWhatIsNotRtsp() {
        for (String bad : List.of("GARBAGE\r\n\r\n", "GET / HTTP/1.1\r\n\r\n", "PLAY x RTSP/2.0\r\nCSeq: 1\r\n\r\n",
                "PLAY RTSP/1.0\r\n\r\n", "OPTIONS * RTSP/1.0\r\nno colon here\r\n\r\n",
                "OPTIONS * RTSP/1.0\r\nContent-Length: 99999999999\r\n\r\n",
                "OPTIONS * RTSP/1.0\r\nContent-Length: -1\r\n\r\n", "\u0001\u0002\u0003",
                "OPTIONS * RTSP/1.0\r\nX: " + "a".repeat(9000))) {
            RtspRequestParser p = parser();
            p.feed(ByteBuffer.wrap(bad.getBytes(StandardCharsets.ISO_8859_1)));
            try {
                p.next();
                fail("accepted " + bad.substring(0, Math.min(30, bad.length())));
            } catch (RtspParseException e) {
                assertTrue(e.status == 400 || e.status == 413 || e.status == 505);
            }
        }
    }

    /** Thousands of mutated requests: every outcome is a request, a wait for more, or a refusal. */
    @Test(timeout = 60_000)
    public void fuzzNoExceptionEscapesAndNothingHangs() {
        Random r = new Random(42);
        byte[] seed = (SETUP + "PLAY rtsp://127.0.0.1:8554/main RTSP/1.0\r\nCSeq: 4\r\nSession: ABC\r\n"
                + "Content-Length: 4\r\n\r\nabcd").getBytes(StandardCharsets.ISO_8859_1);
        int requests = 0;
        int refused = 0;
        for (int round = 0; round < 20_000; round++) {
            byte[] m = seed.clone();
            int edits = 1 + r.nextInt(8);
            for (int e = 0; e < edits; e++) {
                switch (r.nextInt(4)) {
                    case 0 -> m[r.nextInt(m.length)] = (byte) r.nextInt(256);
                    case 1 -> m[r.nextInt(m.length)] = (byte) "\r\n:; $0-9".charAt(r.nextInt(9));
                    case 2 -> m = java.util.Arrays.copyOf(m, 1 + r.nextInt(m.length));
                    default -> {
                        int at = r.nextInt(m.length);
                        byte[] n = new byte[m.length + 1 + r.nextInt(200)];
                        System.arraycopy(m, 0, n, 0, at);
                        System.arraycopy(m, at, n, n.length - (m.length - at), m.length - at);
                        m = n;
                    }
                }
            }
            RtspRequestParser p = parser();
            ByteBuffer in = ByteBuffer.wrap(m);
            try {
                for (int steps = 0; steps < 10_000; steps++) {
                    if (in.hasRemaining()) {
                        p.feed(in);
                    }
                    RtspRequestParser.Result res = p.next();
                    if (res == RtspRequestParser.Result.REQUEST) {
                        requests++;
                        RtspRequest q = p.request();
                        q.cseq();
                        q.session();
                        TransportSpec.parse(q.header("Transport"));
                    } else if (res == RtspRequestParser.Result.NEED_MORE && !in.hasRemaining()) {
                        break;
                    }
                }
            } catch (RtspParseException e) {
                refused++;
            }
        }
        assertTrue("some mutations still parse: " + requests, requests > 100);
        assertTrue("some are refused: " + refused, refused > 100);
    }

    @Test
    public void transportHeaders() throws Exception {
        List<TransportSpec> t = TransportSpec.parse(
                "RTP/AVP/TCP;unicast;interleaved=2-3, RTP/AVP;unicast;client_port=6000-6001, RTP/AVP;multicast, RTP/SAVP");
        assertEquals(3, t.size());
        assertEquals(TransportSpec.Kind.TCP, t.get(0).kind);
        assertEquals(2, t.get(0).channelRtp);
        assertEquals(6001, t.get(1).clientRtcp);
        assertEquals(TransportSpec.Kind.MULTICAST, t.get(2).kind);
        t.get(1).serverRtp = 20000;
        t.get(1).serverRtcp = 20001;
        assertEquals("RTP/AVP;unicast;client_port=6000-6001;server_port=20000-20001", t.get(1).format());
        for (String bad : List.of("", "RTP/AVP;unicast", "RTP/AVP;client_port=a-b", "RTP/AVP/TCP;interleaved=300-301")) {
            try {
                TransportSpec.parse(bad);
                fail(bad);
            } catch (RtspParseException e) {
                assertEquals(400, e.status);
            }
        }
    }
}
