package io.rotordream.rtp;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.Test;

public class RtcpTest {

    static final class Seen implements RtcpListener {
        final List<String> items = new ArrayList<>();
        final List<ReportBlock> blocks = new ArrayList<>();

        @Override
        public void senderReport(int ssrc, long ntp, long rtpTimestamp, long packets, long octets) {
            items.add("SR " + ssrc + " " + ntp + " " + rtpTimestamp + " " + packets + " " + octets);
        }

        @Override
        public void reportBlock(int reporter, ReportBlock block) {
            blocks.add(block.copy());
            items.add("RB " + reporter);
        }

        @Override
        public void cname(int ssrc, ByteBuffer b, int at, int length) {
            byte[] s = new byte[length];
            b.get(at, s);
            items.add("CNAME " + ssrc + " " + new String(s, StandardCharsets.UTF_8));
        }

        @Override
        public void bye(int ssrc) {
            items.add("BYE " + ssrc);
        }

        @Override
        public void nack(int sender, int media, int pid, int blp) {
            items.add("NACK " + sender + " " + media + " " + pid + " " + blp);
        }

        @Override
        public void pli(int sender, int media) {
            items.add("PLI " + sender + " " + media);
        }

        @Override
        public void fir(int sender, int media, int sequence) {
            items.add("FIR " + sender + " " + media + " " + sequence);
        }

        @Override
        public void remb(int sender, long bitrate, int[] ssrcs, int count) {
            items.add("REMB " + sender + " " + bitrate + " " + count + " " + ssrcs[0]);
        }
    }

    @Test
    public void compoundPacketRoundTrips() {
        ByteBuffer b = ByteBuffer.allocate(1500);
        ReportBlock rb = new ReportBlock();
        rb.ssrc = 7;
        rb.fractionLost = 12;
        rb.cumulativeLost = -3;
        rb.extendedHighestSequence = 0x1_0005L;
        rb.jitter = 90;
        rb.lastSr = 0xabcd1234L;
        rb.delaySinceLastSr = 65536;
        int p = RtcpWriter.senderReport(b, 0, 42, 0x1122334455667788L, 0xfedcba98L, 1000, 123456,
                new ReportBlock[] { rb }, 1);
        p += RtcpWriter.sdesCname(b, p, 42, "camera@rotordream".getBytes(StandardCharsets.UTF_8));
        p += RtcpWriter.receiverReport(b, p, 9, new ReportBlock[] { rb }, 1);
        p += RtcpWriter.genericNack(b, p, 9, 42, 100, 0b101);
        p += RtcpWriter.pli(b, p, 9, 42);
        p += RtcpWriter.fir(b, p, 9, 42, 3);
        p += RtcpWriter.remb(b, p, 9, 2_500_000, new int[] { 42 }, 1);
        p += RtcpWriter.bye(b, p, 42);
        assertEquals(0, p % 4);
        Seen s = new Seen();
        assertTrue(new RtcpParser().parse(b, 0, p, s));
        assertEquals(List.of("SR 42 " + 0x1122334455667788L + " " + 0xfedcba98L + " 1000 123456", "RB 42",
                "CNAME 42 camera@rotordream", "RB 9", "NACK 9 42 100 5", "PLI 9 42", "FIR 9 42 3",
                "REMB 9 " + remb(2_500_000) + " 1 42", "BYE 42"), s.items);
        ReportBlock got = s.blocks.get(0);
        assertEquals(7, got.ssrc);
        assertEquals(12, got.fractionLost);
        assertEquals(-3, got.cumulativeLost);
        assertEquals(0x1_0005L, got.extendedHighestSequence);
        assertEquals(90, got.jitter);
        assertEquals(0xabcd1234L, got.lastSr);
        assertEquals(65536, got.delaySinceLastSr);
    }

    /** REMB keeps 18 bits of mantissa: what survives the encoding. */
    private static long remb(long bps) {
        int exp = 0;
        while (bps > 0x3ffff) {
            bps >>= 1;
            exp++;
        }
        return bps << exp;
    }

    @Test
    public void sdesCnamesOfEveryLengthArePaddedAndParsed() {
        for (int n = 0; n < 40; n++) {
            ByteBuffer b = ByteBuffer.allocate(100);
            int len = RtcpWriter.sdesCname(b, 0, 1, "x".repeat(n).getBytes(StandardCharsets.UTF_8));
            assertEquals(0, len % 4);
            Seen s = new Seen();
            assertTrue("length " + n, new RtcpParser().parse(b, 0, len, s));
            assertEquals("CNAME 1 " + "x".repeat(n), s.items.get(0));
        }
    }

    @Test
    public void garbageNeverThrowsAndIsRefused() {
        Random r = new Random(9);
        RtcpParser parser = new RtcpParser();
        ByteBuffer good = ByteBuffer.allocate(200);
        int n = RtcpWriter.receiverReport(good, 0, 1, new ReportBlock[] { new ReportBlock() }, 1);
        n += RtcpWriter.sdesCname(good, n, 1, "abc".getBytes(StandardCharsets.UTF_8));
        int refused = 0;
        for (int i = 0; i < 20_000; i++) {
            ByteBuffer b = ByteBuffer.allocate(200);
            b.put(0, good, 0, n);
            for (int k = 0; k < 1 + r.nextInt(4); k++) {
                b.put(r.nextInt(n), (byte) r.nextInt(256));
            }
            if (!parser.parse(b, 0, r.nextInt(n + 1), new Seen())) {
                refused++;
            }
        }
        assertTrue(refused > 0);
        assertFalse(parser.parse(ByteBuffer.allocate(8), 0, 8, new Seen()));
    }

    @Test
    public void ntpConversionsAndRoundTripTime() {
        long micros = 1_764_000_000_123_456L;
        long ntp = NtpTime.fromEpochMicros(micros);
        assertEquals(micros, NtpTime.toEpochMicros(ntp), 1);
        // an SR sent at t, held 250 ms by the receiver, its RR arriving at t + 300 ms: 50 ms round trip
        long lsr = NtpTime.compact(ntp);
        long dlsr = NtpTime.microsToCompact(250_000);
        long arrival = NtpTime.fromEpochMicros(micros + 300_000);
        assertEquals(50_000, NtpTime.roundTripMicros(arrival, lsr, dlsr), 40);
        assertEquals(-1, NtpTime.roundTripMicros(arrival, 0, dlsr));
    }

    @Test
    public void receiverStatisticsCountLossJitterAndWrap() {
        ReceiverStatistics s = new ReceiverStatistics(90_000);
        long t = 0;
        int seq = 65530;
        for (int i = 0; i < 100; i++) {
            if (i % 10 != 5) {
                // steady 33 ms spacing with 1 ms of alternating transit variation
                s.received(seq, i * 3000L, t + (i % 2) * 1000);
            }
            seq = (seq + 1) & 0xffff;
            t += 33_333;
        }
        assertEquals(10, s.cumulativeLost());
        assertEquals(65530 + 99, s.extendedHighestSequence());
        ReportBlock rb = new ReportBlock();
        s.report(5, t, rb);
        assertEquals(10 * 256 / 100, rb.fractionLost);
        assertEquals(10, rb.cumulativeLost);
        assertTrue("jitter near 90 units (1 ms): " + s.jitter(), s.jitter() > 40 && s.jitter() < 100);
        s.report(5, t, rb);
        assertEquals("no loss in an empty interval", 0, rb.fractionLost);
    }
}
