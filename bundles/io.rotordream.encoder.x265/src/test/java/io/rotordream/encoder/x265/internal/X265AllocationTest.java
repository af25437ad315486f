package io.rotordream.encoder.x265.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import org.junit.Test;

import io.rotordream.encoder.testkit.EncodeAllocations;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.Encoder;

/** Counts the bytes the JVM allocates on this thread inside encode() once the encoder is warm. */
public class X265AllocationTest {

    @Test
    public void steadyStateEncodeAllocatesNothing() throws Exception {
        X265EncoderFactory factory = new X265EncoderFactory();
        assumeTrue(factory.availability().reason, factory.availability().available);
        assumeTrue("allocation counting not supported", EncodeAllocations.supported());
        int measured = 60;
        long perFrame;
        try (Encoder encoder = factory.open(X265EncoderTest.settings(PixelFormat.NV12))) {
            perFrame = EncodeAllocations.inEncode(encoder, 32, 60, measured) / measured;
        }
        System.out.printf("x265 encode(): %d bytes allocated per frame after warm-up%n", perFrame);
        assertEquals(0, perFrame);
    }
}
