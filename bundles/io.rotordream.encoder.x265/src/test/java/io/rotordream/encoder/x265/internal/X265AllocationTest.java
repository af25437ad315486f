package io.rotordream.encoder.x265.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;

import org.junit.Test;

import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.encoder.Encoder;

/** Counts the bytes the JVM allocates on this thread inside encode() once the encoder is warm. */
public class X265AllocationTest {

    @Test
    public void steadyStateEncodeAllocatesNothing() throws Exception {
        X265EncoderFactory factory = new X265EncoderFactory();
        assumeTrue(factory.availability().reason, factory.availability().available);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue("allocation counting not supported", threads.isThreadAllocatedMemorySupported()
                && threads.isThreadAllocatedMemoryEnabled());
        TestPattern pattern = new TestPattern(X265EncoderTest.WIDTH, X265EncoderTest.HEIGHT, X265EncoderTest.FPS);
        TestFrame[] pool = X265EncoderTest.pool(PixelFormat.NV12, 32).toArray(new TestFrame[0]);
        EncodedPicture out = new EncodedPicture();
        out.annexB = ByteBuffer.allocateDirect(2 << 20);
        long inEncode = 0;
        long measuring = 0;
        int measured = 60;
        try (Encoder encoder = factory.open(X265EncoderTest.settings(PixelFormat.NV12))) {
            for (int i = 0; i < 60 + measured; i++) {
                TestFrame frame = pool[i % pool.length];
                pattern.paint(frame, i);
                long before = threads.getCurrentThreadAllocatedBytes();
                encoder.encode(frame, out);
                long after = threads.getCurrentThreadAllocatedBytes();
                long empty = threads.getCurrentThreadAllocatedBytes();
                if (i >= 60) {
                    inEncode += after - before;
                    measuring += threads.getCurrentThreadAllocatedBytes() - empty;
                }
            }
        }
        long perFrame = (inEncode - measuring) / measured;
        System.out.printf("x265 encode(): %d bytes allocated per frame after warm-up%n", perFrame);
        assertEquals(0, perFrame);
    }
}
