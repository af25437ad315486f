package io.rotordream.encoder.x264.internal;

import static org.junit.Assume.assumeTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;

import org.junit.Test;

import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.EncodedPicture;
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
        PatternFrame frame = new PatternFrame(PixelFormat.NV12, width, height, 30, 1);
        EncodedPicture out = new EncodedPicture();
        out.annexB = ByteBuffer.allocateDirect(8 << 20);
        double[] ms = new double[FRAMES];
        long bytes = 0;
        try (Encoder e = factory.open(s)) {
            for (int i = 0; i < WARMUP + FRAMES; i++) {
                frame.paint(i, i, i * 33_333_333L, i * 33_333L);
                long t0 = System.nanoTime();
                boolean wrote = e.encode(frame, out);
                long t1 = System.nanoTime();
                if (i >= WARMUP) {
                    ms[i - WARMUP] = (t1 - t0) / 1e6;
                    bytes += wrote ? out.annexB.limit() : 0;
                }
            }
        }
        Arrays.sort(ms);
        System.out.printf("%-10s %-10s %8.2f %8.2f %8.2f %9.0f%n", width + "x" + height, preset, ms[FRAMES / 2],
                ms[FRAMES * 9 / 10], ms[FRAMES - 1], bytes * 8.0 / (FRAMES / 30.0) / 1000);
    }
}
