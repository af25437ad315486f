package io.rotordream.encoder.openh264.internal;

import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.util.Arrays;

import org.junit.Test;

import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderSettings;

/** Prints the median time of one encode call at 1280x720, EncoderSettings defaults (veryfast: LOW_COMPLEXITY). A figure for the report, not a gate. */
public class OpenH264SpeedTest {

    @Test
    public void medianEncodeTimeAt720p() throws Exception {
        OpenH264EncoderFactory factory = new OpenH264EncoderFactory();
        assumeTrue(factory.availability().reason, factory.availability().available);
        EncoderSettings s = new EncoderSettings();
        s.codec = Codec.H264;
        s.profile = "baseline";
        s.entropyCoding = "cavlc";
        s.width = 1280;
        s.height = 720;
        s.preset = "veryfast";
        s.inputFormat = PixelFormat.NV12;
        int frames = 40;
        TestPattern pattern = new TestPattern(s.width, s.height, s.fpsNum);
        TestFrame[] pool = new TestFrame[frames];
        for (int i = 0; i < frames; i++) {
            pool[i] = new TestFrame(PixelFormat.NV12, s.width, s.height, s.fpsNum, 0);
            pattern.paint(pool[i], i);
        }
        EncodedStream stream = new EncodedStream();
        long[] nanos = new long[frames];
        try (Encoder encoder = factory.open(s)) {
            for (int i = 0; i < frames; i++) {
                long start = System.nanoTime();
                stream.encode(encoder, pool[i]);
                nanos[i] = System.nanoTime() - start;
            }
        }
        long[] steady = Arrays.copyOfRange(nanos, 10, frames);
        Arrays.sort(steady);
        System.out.printf("openh264 1280x720 %s/%s %d kbps: median %.1f ms/frame (%d frames after 10 of warm-up), %d cores%n",
                s.preset, s.tune, s.bitrateKbps, steady[steady.length / 2] / 1e6, steady.length,
                Runtime.getRuntime().availableProcessors());
        assertTrue(stream.pictures.size() > 0);
    }
}
