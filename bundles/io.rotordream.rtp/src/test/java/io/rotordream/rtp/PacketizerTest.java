package io.rotordream.rtp;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.Test;

public class PacketizerTest {

    /** An Annex B access unit of the given NAL units (each starting with its header). */
    static ByteBuffer annexB(List<byte[]> nals, List<int[]> index) {
        int size = nals.stream().mapToInt(n -> n.length + 4).sum();
        ByteBuffer b = ByteBuffer.allocateDirect(size);
        for (byte[] n : nals) {
            b.putInt(1);
            index.add(new int[] { b.position(), n.length });
            b.put(n);
        }
        return b;
    }

    static byte[] nal(Random r, int header, int length) {
        byte[] n = new byte[length];
        r.nextBytes(n);
        n[0] = (byte) header;
        return n;
    }

    static byte[] nal265(Random r, int type, int length) {
        byte[] n = new byte[length];
        r.nextBytes(n);
        n[0] = (byte) (type << 1);
        n[1] = 1;
        return n;
    }

    /** Packetizes, checks sizes and the marker, depacketizes, and returns the rebuilt Annex B bytes. */
    static byte[] roundTrip(Packetizer p, Depacketizer d, ByteBuffer au, List<int[]> index, List<int[]> types) {
        p.begin(au);
        for (int[] i : index) {
            p.addNal(i[0], i[1]);
        }
        ByteBuffer pkt = ByteBuffer.allocate(p.maxPayload() + 64);
        ByteBuffer out = ByteBuffer.allocate(au.capacity() + 64);
        int packets = 0;
        while (p.hasNext()) {
            int n = p.next(pkt, 7);
            assertTrue("payload " + n + " within " + p.maxPayload(), n > 0 && n <= p.maxPayload());
            boolean more = p.hasNext();
            assertEquals("marker only on the last packet", !more, p.last());
            types.add(new int[] { pkt.get(7) & 0xff, n });
            assertTrue(d.depacketize(pkt, 7, n, out));
            packets++;
        }
        assertTrue(packets > 0);
        byte[] got = new byte[out.position()];
        out.flip().get(got);
        return got;
    }

    static byte[] bytes(ByteBuffer b) {
        byte[] a = new byte[b.capacity()];
        b.get(0, a);
        return a;
    }

    @Test
    public void h264ParameterSetsGoInOneStapAAndTheSliceInFuA() {
        Random r = new Random(1);
        List<byte[]> nals = List.of(nal(r, 0x67, 20), nal(r, 0x68, 5), nal(r, 0x65, 5000));
        List<int[]> index = new ArrayList<>();
        ByteBuffer au = annexB(nals, index);
        List<int[]> types = new ArrayList<>();
        byte[] got = roundTrip(new H264Packetizer(1200), Depacketizer.h264(), au, index, types);
        assertArrayEquals(bytes(au), got);
        assertEquals(H264Packetizer.STAP_A, types.get(0)[0] & 0x1f);
        assertEquals("NRI is the highest of the aggregated", 0x60, types.get(0)[0] & 0x60);
        for (int i = 1; i < types.size(); i++) {
            assertEquals(H264Packetizer.FU_A, types.get(i)[0] & 0x1f);
        }
        assertEquals(1 + (int) Math.ceil(4999 / 1198.0), types.size());
    }

    @Test
    public void h264SmallSliceGoesAsSingleNalUnit() {
        Random r = new Random(2);
        List<int[]> index = new ArrayList<>();
        ByteBuffer au = annexB(List.of(nal(r, 0x41, 300)), index);
        List<int[]> types = new ArrayList<>();
        assertArrayEquals(bytes(au), roundTrip(new H264Packetizer(1200), Depacketizer.h264(), au, index, types));
        assertEquals(1, types.size());
        assertEquals(0x41, types.get(0)[0]);
        assertEquals(300, types.get(0)[1]);
    }

    @Test
    public void h264RandomAccessUnitsRoundTripAtManySizes() {
        Random r = new Random(3);
        for (int round = 0; round < 300; round++) {
            List<byte[]> nals = new ArrayList<>();
            int count = 1 + r.nextInt(6);
            for (int i = 0; i < count; i++) {
                nals.add(nal(r, 0x60 | (1 + r.nextInt(12)), 2 + r.nextInt(r.nextBoolean() ? 50 : 6000)));
            }
            List<int[]> index = new ArrayList<>();
            ByteBuffer au = annexB(nals, index);
            int max = 40 + r.nextInt(1400);
            assertArrayEquals("round " + round, bytes(au),
                    roundTrip(new H264Packetizer(max), Depacketizer.h264(), au, index, new ArrayList<>()));
        }
    }

    @Test
    public void h265UsesApAndFu() {
        Random r = new Random(4);
        List<byte[]> nals = List.of(nal265(r, 32, 24), nal265(r, 33, 40), nal265(r, 34, 8), nal265(r, 19, 9000));
        List<int[]> index = new ArrayList<>();
        ByteBuffer au = annexB(nals, index);
        List<int[]> types = new ArrayList<>();
        assertArrayEquals(bytes(au), roundTrip(new H265Packetizer(1300), Depacketizer.h265(), au, index, types));
        assertEquals(H265Packetizer.AP, (types.get(0)[0] >> 1) & 0x3f);
        for (int i = 1; i < types.size(); i++) {
            assertEquals(H265Packetizer.FU, (types.get(i)[0] >> 1) & 0x3f);
        }
    }

    @Test
    public void h265RandomAccessUnitsRoundTrip() {
        Random r = new Random(5);
        for (int round = 0; round < 300; round++) {
            List<byte[]> nals = new ArrayList<>();
            int count = 1 + r.nextInt(6);
            for (int i = 0; i < count; i++) {
                nals.add(nal265(r, r.nextInt(41), 3 + r.nextInt(r.nextBoolean() ? 60 : 7000)));
            }
            List<int[]> index = new ArrayList<>();
            ByteBuffer au = annexB(nals, index);
            assertArrayEquals(bytes(au), roundTrip(new H265Packetizer(60 + r.nextInt(1400)), Depacketizer.h265(), au,
                    index, new ArrayList<>()));
        }
    }

    @Test
    public void lostFragmentStartIsSkipped() {
        Random r = new Random(6);
        List<int[]> index = new ArrayList<>();
        ByteBuffer au = annexB(List.of(nal(r, 0x65, 3000)), index);
        H264Packetizer p = new H264Packetizer(1000);
        p.begin(au);
        p.addNal(index.get(0)[0], index.get(0)[1]);
        ByteBuffer pkt = ByteBuffer.allocate(1100);
        p.next(pkt, 0);
        int n = p.next(pkt, 0);
        assertFalse(Depacketizer.h264().depacketize(pkt, 0, n, ByteBuffer.allocate(4000)));
    }

    @Test
    public void headerRoundTrip() {
        ByteBuffer b = ByteBuffer.allocate(12);
        RtpHeader.write(b, 0, true, 96, 65535, 0xfffffff0L, 0x12345678);
        assertTrue(RtpHeader.valid(b, 0, 12));
        assertTrue(RtpHeader.marker(b, 0));
        assertEquals(96, RtpHeader.payloadType(b, 0));
        assertEquals(65535, RtpHeader.sequence(b, 0));
        assertEquals(0xfffffff0L, RtpHeader.timestamp(b, 0));
        assertEquals(0x12345678, RtpHeader.ssrc(b, 0));
        assertEquals(2, RtpHeader.sequenceDelta(65535, 1));
    }
}
