package io.rotordream.encoder.support;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

public class AnnexBTest {

    @Test
    public void splitsAtThreeAndFourByteStartCodes() {
        byte[] stream = { 0, 0, 0, 1, 0x67, 1, 2, 0, 0, 1, 0x68, 3, 0, 0, 0, 1, 0x65, 4, 5 };
        List<byte[]> nals = AnnexB.nalUnits(stream);
        assertEquals(3, nals.size());
        assertArrayEquals(new byte[] { 0x67, 1, 2 }, nals.get(0));
        assertArrayEquals("the zero before a four-byte start code is not the unit's", new byte[] { 0x68, 3 },
                nals.get(1));
        assertArrayEquals(new byte[] { 0x65, 4, 5 }, nals.get(2));
    }

    @Test
    public void noStartCodeNoUnits() {
        assertEquals(0, AnnexB.nalUnits(new byte[] { 1, 2, 3, 4 }).size());
        assertEquals(0, AnnexB.nalUnits(new byte[] { 0, 0, 1 }).size());
    }

    @Test
    public void startCodes() {
        assertEquals(4, AnnexB.startCodeLength(new byte[] { 0, 0, 0, 1, 0x67 }));
        assertEquals(3, AnnexB.startCodeLength(new byte[] { 0, 0, 1, 0x67 }));
        assertEquals(0, AnnexB.startCodeLength(new byte[] { 0x67, 0, 0, 1 }));
        assertEquals(0, AnnexB.startCodeLength(new byte[] { 0, 0 }));
        assertArrayEquals(new byte[] { 0x68, 1 }, AnnexB.withoutStartCode(new byte[] { 0, 0, 0, 1, 0x68, 1 }));
        assertArrayEquals(new byte[] { 0x68, 1 }, AnnexB.withoutStartCode(new byte[] { 0x68, 1 }));
    }

    @Test
    public void nalUnitTypes() {
        // H.264: forbidden_zero_bit, nal_ref_idc 3, type 7 (SPS) / 5 (IDR)
        assertEquals(AnnexB.H264_SPS, AnnexB.h264Type(new byte[] { 0x67 }));
        assertEquals(AnnexB.H264_PPS, AnnexB.h264Type(new byte[] { 0x68 }));
        assertEquals(AnnexB.H264_IDR, AnnexB.h264Type(new byte[] { 0x65 }));
        // H.265: 0x40 0x01 is a VPS (32), 0x42 an SPS (33), 0x44 a PPS (34), 0x26 an IDR_W_RADL (19)
        assertEquals(32, AnnexB.h265Type(new byte[] { 0x40, 0x01 }));
        assertEquals(33, AnnexB.h265Type(new byte[] { 0x42, 0x01 }));
        assertEquals(34, AnnexB.h265Type(new byte[] { 0x44, 0x01 }));
        assertEquals(19, AnnexB.h265Type(new byte[] { 0x26, 0x01 }));
    }
}
