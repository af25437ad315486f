package io.rotordream.video.timecode;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.nio.ByteBuffer;
import java.util.Random;

import org.junit.Test;

public class TimeCodeTest {

    private static byte[] drawn(int width, int height, long seq, long micros) {
        ByteBuffer buf = ByteBuffer.allocateDirect(width * height);
        Random r = new Random(1);
        for (int i = 0; i < width * height; i++) {
            buf.put(i, (byte) r.nextInt(256)); // a busy picture around the band
        }
        new TimeCodeWriter().drawLuma(buf, 0, width, width, seq, micros);
        byte[] out = new byte[width * height];
        buf.get(0, out);
        return out;
    }

    @Test
    public void roundTripsAtCommonSizes() {
        long now = 1_795_000_000_000_000L;
        for (int[] size : new int[][] { { 320, 180 }, { 640, 360 }, { 1280, 720 }, { 1920, 1080 } }) {
            byte[] luma = drawn(size[0], size[1], 123_456_789L, now);
            TimeCodeReader.Reading r = TimeCodeReader.read(luma, 0, size[0], size[0]);
            assertNotNull(size[0] + "x" + size[1], r);
            assertEquals(123_456_789L, r.sequence);
            assertEquals(now, r.epochMicros(now + 5_000_000));
        }
    }

    @Test
    public void survivesNoiseAndBlurLikeCompression() {
        int w = 640;
        byte[] luma = drawn(w, 360, 42, 7_000_000);
        Random r = new Random(2);
        for (int i = 0; i < luma.length; i++) {
            int v = (luma[i] & 0xff) + r.nextInt(61) - 30; // +-30 levels of noise
            luma[i] = (byte) Math.max(0, Math.min(255, v));
        }
        TimeCodeReader.Reading reading = TimeCodeReader.read(luma, 0, w, w);
        assertNotNull(reading);
        assertEquals(42, reading.sequence);
    }

    @Test
    public void corruptionIsDetected() {
        int w = 640;
        byte[] luma = drawn(w, 360, 42, 7_000_000);
        int s = TimeCode.blockSize(w);
        for (int y = s; y < 2 * s; y++) {
            for (int x = 5 * s; x < 6 * s; x++) {
                luma[y * w + x] = (byte) (255 - (luma[y * w + x] & 0xff)); // flip one bit's block
            }
        }
        assertNull(TimeCodeReader.read(luma, 0, w, w));
    }

    @Test
    public void unwrapsAcrossTheModulus() {
        long near = (1L << 48) * 6 + 10;
        assertEquals((1L << 48) * 6 - 5, TimeCode.unwrapMicros((1L << 48) - 5, near));
        assertEquals((1L << 48) * 6 + 3, TimeCode.unwrapMicros(3, near));
    }

    @Test
    public void crcMatchesTheStandardCheckValue() {
        assertEquals(0x29B1, TimeCode.crc16("123456789".getBytes(), 9));
    }
}
