package io.rotordream.encoder.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class FrameRingTest {

    @Test
    public void roundsUpToAPowerOfTwo() {
        assertEquals(8, new FrameRing(1).size());
        assertEquals(8, new FrameRing(8).size());
        assertEquals(16, new FrameRing(9).size());
    }

    @Test
    public void keepsTheLastFramesAndForgetsOverwrittenOnes() {
        FrameRing r = new FrameRing(8);
        for (long pts = 0; pts < 20; pts++) {
            r.put(pts, 1000 + pts, 50 + pts, 9000 + pts);
        }
        assertFalse("overwritten", r.has(11));
        assertFalse("never put", r.has(20));
        assertFalse("negative dts of the first B-frame pictures", r.has(-2));
        for (long pts = 12; pts < 20; pts++) {
            assertTrue(r.has(pts));
            assertEquals(1000 + pts, r.captureNanos(pts));
            assertEquals(50 + pts, r.sequence(pts));
            assertEquals(9000 + pts, r.epochMicros(pts));
        }
    }

    @Test
    public void emptyRingHasNothing() {
        FrameRing r = new FrameRing(8);
        for (long index = -1; index < 10; index++) {
            assertFalse(r.has(index));
        }
    }
}
