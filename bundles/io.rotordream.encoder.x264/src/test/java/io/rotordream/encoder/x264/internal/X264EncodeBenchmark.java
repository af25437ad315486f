package io.rotordream.encoder.x264.internal;

import static org.junit.Assume.assumeTrue;

import org.junit.Test;

import io.rotordream.encoder.testkit.EncodeTimes;
import io.rotordream.encoder.testkit.TestFrame;
import io.rotordream.encoder.testkit.TestPattern;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderSettings;

/**
 * Median encode time per frame, the figure the pipeline's encodeMsP50 shows. Not part of the
 * build (surefire runs *Test classes only); run it with
 * {@code mvn -B -q install -f bundles/io.rotordream.encoder.x264/pom.xml -Dtest=X264EncodeBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Presets are measured as x264 defines them: entropy coding and motion estimation left to the
 * preset, subme set to the preset's own value, tune zerolatency (sliced threads, so each call
 * returns its own picture and the time is the frame's latency).
 */
public class X264EncodeBenchmark {

    private static final int WARMUP = 30;
    private static final int FRAMES = 150;

    @Test
    public void medianMillisPerFrame() throws Exception {
        X264EncoderFactory factory = new X264EncoderFactory();
        assumeTrue(factory.availability().reason, factory.availability().available);
        System.out.printf("%-10s %-10s %8s %8s %8s %9s%n", "size", "preset", "p50 ms", "p90 ms", "max ms", "kbps");
        for (int[] size : new int[][] { { 1280, 720, 4000 }, { 1920, 1080, 6000 } }) {
            for (String preset : new String[] { "ultrafast", "veryfast" }) {
                run(factory, size[0], size[1], size[2], preset);
            }
        }
    }

    private static void run(X264EncoderFactory factory, int width, int height, int kbps, String preset)
            throws Exception {
        EncoderSettings s = EncodeRun.settings(PixelFormat.NV12, width, height);
        s.preset = preset;
        s.bitrateKbps = kbps;
        s.entropyCoding = "";
        s.motionEstimation = "";
        s.subpixelRefinement = "ultrafast".equals(preset) ? 0 : 2;
        TestFrame[] frame = { EncodeRun.frame(PixelFormat.NV12, width, height) };
        EncodeTimes t;
        try (Encoder e = factory.open(s)) {
            t = EncodeTimes.measure(e, new TestPattern(width, height, 30), frame, WARMUP, FRAMES);
        }
        System.out.printf("%-10s %-10s %8.2f %8.2f %8.2f %9.0f%n", width + "x" + height, preset, t.medianMillis(),
                t.percentileMillis(90), t.maxMillis(), t.kbps(30));
    }
}
