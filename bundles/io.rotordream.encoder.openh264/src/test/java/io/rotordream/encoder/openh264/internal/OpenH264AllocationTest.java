package io.rotordream.encoder.openh264.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import org.junit.Test;

import io.rotordream.encoder.testkit.EncodeAllocations;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.Encoder;

/** Counts the bytes the JVM allocates on this thread inside encode() once the encoder is warm. */
public class OpenH264AllocationTest {

    @Test
    public void steadyStateEncodeAllocatesNothingWhenEncodeFrameIsDirect() throws Exception {
        OpenH264EncoderFactory factory = new OpenH264EncoderFactory();
        assumeTrue(factory.availability().reason, factory.availability().available);
        assumeTrue("allocation counting not supported", EncodeAllocations.supported());
        int measured = 60;
        long perFrame;
        try (Encoder encoder = factory.open(OpenH264EncoderTest.settings(PixelFormat.NV12))) {
            perFrame = EncodeAllocations.inEncode(encoder, 32, 60, measured) / measured;
        }
        System.out.printf("openh264 encode() (EncodeFrame %s): %d bytes allocated per frame after warm-up%n",
                factory.directEncodeFrame() ? "direct" : "through the vtable", perFrame);
        // through the vtable JNA's Function.invoke copies its argument array
        assertEquals(factory.directEncodeFrame() ? 0 : 48, perFrame);
    }
}
