package io.rotordream.rtp;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.ByteBuffer;

import org.junit.Test;

public class TransportFeedbackTest {

    /** A feedback as Chromium sends it: base 100, 5 packets, one run-length and one vector chunk. */
    private static ByteBuffer sample() {
        ByteBuffer b = ByteBuffer.allocate(64);
        b.put(0, (byte) (0x80 | TransportFeedback.FMT));
        b.put(1, (byte) RtcpWriter.RTPFB);
        b.putInt(4, 0x11111111);
        b.putInt(8, 0x22222222);
        b.putShort(12, (short) 100);
        b.putShort(14, (short) 5);
        b.putInt(16, (2 << 8) | 7); // reference 2 x 64 ms, feedback count 7
        // run-length chunk: 2 packets "small delta" (symbol 1)
        b.putShort(20, (short) ((1 << 13) | 2));
        // status vector, 2-bit symbols: not received, large delta, small delta (then padding symbols)
        b.putShort(22, (short) (0xC000 | (0 << 12) | (2 << 10) | (1 << 8)));
        int p = 24;
        b.put(p++, (byte) 4); // +1 ms
        b.put(p++, (byte) 8); // +2 ms
        b.putShort(p, (short) -4); // -1 ms
        p += 2;
        b.put(p++, (byte) 40); // +10 ms
        while (p % 4 != 0) {
            b.put(p++, (byte) 0);
        }
        b.putShort(2, (short) (p / 4 - 1));
        b.limit(p);
        return b;
    }

    @Test
    public void readsStatusChunksAndDeltas() {
        TransportFeedback f = new TransportFeedback();
        ByteBuffer b = sample();
        assertTrue(f.parse(b, 0, b.limit()));
        assertEquals(100, f.baseSequence());
        assertEquals(5, f.count());
        assertEquals(7, f.feedbackCount());
        assertEquals(128_000 + 1_000, f.arrivalMicros(0));
        assertEquals(128_000 + 3_000, f.arrivalMicros(1));
        assertEquals(TransportFeedback.NOT_RECEIVED, f.arrivalMicros(2));
        assertEquals(128_000 + 2_000, f.arrivalMicros(3));
        assertEquals(128_000 + 12_000, f.arrivalMicros(4));
    }

    @Test
    public void theParserReportsItAndRefusesATruncatedOne() {
        ByteBuffer b = sample();
        int[] seen = new int[1];
        RtcpParser parser = new RtcpParser();
        assertTrue(parser.parse(b, 0, b.limit(), new RtcpListener() {
            @Override
            public void transportFeedback(int sender, int media, TransportFeedback feedback) {
                seen[0] = feedback.count();
            }
        }));
        assertEquals(5, seen[0]);
        assertFalse(new TransportFeedback().parse(b, 0, 22));
    }

    @Test
    public void extensionAndRtxLayout() {
        ByteBuffer p = ByteBuffer.allocate(64);
        RtpHeader.write(p, 0, true, 96, 1000, 9000, 42);
        p.put(0, (byte) 0x90);
        assertEquals(8, TransportFeedback.writeExtension(p, 12, 3, 0xABCD));
        p.put(20, (byte) 0x65);
        p.put(21, (byte) 0x66);
        assertEquals(20, RtpHeader.headerLength(p, 0, 22));
        ByteBuffer r = ByteBuffer.allocate(64);
        int n = Rtx.write(p, 0, 20, 22, r, 0, 97, 5, 77);
        assertEquals(24, n);
        assertEquals(97, RtpHeader.payloadType(r, 0));
        assertTrue(RtpHeader.marker(r, 0));
        assertEquals(5, RtpHeader.sequence(r, 0));
        assertEquals(77, RtpHeader.ssrc(r, 0));
        assertEquals(9000, RtpHeader.timestamp(r, 0));
        assertEquals(1000, r.getShort(20) & 0xffff);
        assertEquals(0x65, r.get(22));
        assertEquals((byte) 0xAB, r.get(17));
    }
}
