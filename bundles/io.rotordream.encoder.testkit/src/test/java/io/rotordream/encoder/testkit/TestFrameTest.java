package io.rotordream.encoder.testkit;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import org.junit.Test;

import io.rotordream.video.api.PixelFormat;

public class TestFrameTest {

    @Test
    public void i420PlanesArePaddedAndGapped() {
        TestFrame frame = new TestFrame(PixelFormat.I420, 64, 32, 30, 16, 100);
        assertArrayEquals(new int[] { 80, 40, 40 }, frame.strides);
        assertArrayEquals(new int[] { 0, 80 * 32 + 100, 80 * 32 + 100 + 40 * 16 + 100 }, frame.offsets);
        assertEquals(frame.offsets[2] + 40 * 16, frame.length());
    }

    @Test
    public void nv12HasOneChromaPlaneAsWideAsLuma() {
        TestFrame frame = new TestFrame(PixelFormat.NV12, 64, 32, 30, 8);
        assertArrayEquals(new int[] { 72, 72, 0 }, frame.strides);
        assertArrayEquals(new int[] { 0, 72 * 32, 0 }, frame.offsets);
        assertEquals(72 * 32 + 72 * 16, frame.length());
    }

    @Test
    public void patternStampsItsClockAndPaintsInsideThePlanes() {
        TestPattern pattern = new TestPattern(64, 32, 25);
        TestFrame frame = new TestFrame(PixelFormat.NV12, 64, 32, 25, 8);
        pattern.paint(frame, 5);
        assertEquals(5, frame.sequence());
        assertEquals(TestPattern.START_NANOS + 200_000_000L, frame.captureNanos());
        assertEquals(TestPattern.START_EPOCH_MICROS + 200_000L, frame.captureEpochMicros());
        assertEquals("row padding untouched", 0, frame.buffer.get(64));
        byte[] decoded = new byte[64 * 32 * 3 / 2];
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 32; x++) {
                decoded[64 * 32 + y * 32 + x] = frame.buffer.get(frame.offsets[1] + y * 72 + 2 * x);
                decoded[64 * 32 + 32 * 16 + y * 32 + x] = frame.buffer.get(frame.offsets[1] + y * 72 + 2 * x + 1);
            }
        }
        assertArrayEquals(new double[] { 0, 0 }, frame.meanChromaError(decoded), 0);
    }
}
