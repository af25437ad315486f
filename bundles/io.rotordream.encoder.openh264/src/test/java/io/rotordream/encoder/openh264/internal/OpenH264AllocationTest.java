package io.rotordream.encoder.openh264.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;

import org.junit.Test;

import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.encoder.Encoder;

/** Counts the bytes the JVM allocates on this thread inside encode() once the encoder is warm. */
public class OpenH264AllocationTest {

    @Test
    public void steadyStateEncodeAllocatesNothingWhenEncodeFrameIsDirect() throws Exception {
        OpenH264EncoderFactory factory = new OpenH264EncoderFactory();
        assumeTrue(factory.availability().reason, factory.availability().available);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue("allocation counting not supported", threads.isThreadAllocatedMemorySupported()
                && threads.isThreadAllocatedMemoryEnabled());
        TestPattern pattern = new TestPattern(OpenH264EncoderTest.WIDTH, OpenH264EncoderTest.HEIGHT, OpenH264EncoderTest.FPS);
        TestFrame[] pool = OpenH264EncoderTest.pool(PixelFormat.NV12, 32).toArray(new TestFrame[0]);
        EncodedPicture out = new EncodedPicture();
        out.annexB = ByteBuffer.allocateDirect(2 << 20);
        long inEncode = 0;
        long measuring = 0;
        int measured = 60;
        try (Encoder encoder = factory.open(OpenH264EncoderTest.settings(PixelFormat.NV12))) {
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
        System.out.printf("openh264 encode() (EncodeFrame %s): %d bytes allocated per frame after warm-up%n",
                factory.directEncodeFrame() ? "direct" : "through the vtable", perFrame);
        // through the vtable JNA's Function.invoke copies its argument array
        assertEquals(factory.directEncodeFrame() ? 0 : 48, perFrame);
    }
}
