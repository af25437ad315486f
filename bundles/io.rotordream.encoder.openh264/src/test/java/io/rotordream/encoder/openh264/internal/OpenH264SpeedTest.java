package io.rotordream.encoder.openh264.internal;

import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import org.junit.Test;

import io.rotordream.encoder.testkit.EncodeTimes;
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
        EncodeTimes times;
        try (Encoder encoder = factory.open(s)) {
            times = EncodeTimes.measure(encoder, 10, 30);
        }
        System.out.printf("openh264 1280x720 %s/%s %d kbps: median %.1f ms/frame (%d frames after 10 of warm-up), %d cores%n",
                s.preset, s.tune, s.bitrateKbps, times.medianMillis(), times.measured(),
                Runtime.getRuntime().availableProcessors());
        assertTrue(times.pictures() > 0);
    }
}
