package io.rotordream.encoder.x264.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.rotordream.encoder.testkit.FfProbe;
import io.rotordream.encoder.testkit.TestFrame;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.encoder.RateControl;

/** Bitrates as measured over the Annex B output, at open and after live changes. */
public class X264RateControlTest {

    private static X264EncoderFactory factory;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @BeforeClass
    public static void library() {
        factory = X264Fixture.factory();
    }

    @Test
    public void cbrHitsTheTargetOverTenSeconds() throws Exception {
        EncoderSettings s = EncodeRun.settings(PixelFormat.NV12, 640, 360);
        s.bitrateKbps = 1000;
        try (Encoder e = factory.open(s)) {
            EncodeRun run = EncodeRun.encode(e, 300, null);
            double kbps = run.stream.kbps(0, 300, 30);
            System.out.printf("CBR 1000 kbps target: measured %.1f kbps over 300 frames%n", kbps);
            assertEquals(1000, kbps, 100);
            assertEquals(300, FfProbe.probe(run.stream.write(tmp.getRoot().toPath(), "cbr.h264")).frames.size());
        }
    }

    @Test
    public void setBitrateLowersTheRateWithoutAKeyframe() throws Exception {
        EncoderSettings s = EncodeRun.settings(PixelFormat.NV12, 640, 360);
        s.bitrateKbps = 2000;
        s.gopSize = 1000;
        try (Encoder e = factory.open(s)) {
            EncodeRun run = EncodeRun.encode(e, 300, (i, enc) -> {
                if (i == 150) {
                    enc.setBitrate(500);
                }
            });
            double before = run.stream.kbps(0, 150, 30);
            double after = run.stream.kbps(180, 300, 30);
            System.out.printf("setBitrate 2000 -> 500: %.1f kbps before, %.1f kbps after%n", before, after);
            assertTrue("before " + before, before > 1600);
            assertTrue("after " + after, after < 650);
            assertEquals(List.of(0), run.stream.keyframes());
            FfProbe probe = FfProbe.probe(run.stream.write(tmp.getRoot().toPath(), "rate.h264"));
            assertEquals(300, probe.frames.size());
            assertEquals(List.of(0), probe.keyframes());
            assertEquals(500, e.settings().bitrateKbps);
        }
    }

    @Test
    public void setFrameRateKeepsTheRealBitrate() throws Exception {
        EncoderSettings s = EncodeRun.settings(PixelFormat.NV12, 640, 360);
        s.bitrateKbps = 1000;
        s.gopSize = 30;
        try (Encoder e = factory.open(s)) {
            TestFrame frame = EncodeRun.frame(PixelFormat.NV12, 640, 360);
            EncodeRun run = EncodeRun.encode(e, frame, 300, (i, enc) -> {
                if (i == 150) {
                    enc.setFrameRate(15, 1);
                }
            }, i -> i < 150 ? 33_333_333L : 66_666_667L);
            double at15 = run.stream.kbps(180, 300, 15);
            System.out.printf("setFrameRate 30 -> 15 fps at 1000 kbps: %.1f kbps after%n", at15);
            assertEquals(1000, at15, 150);
            assertEquals(15, e.settings().fpsNum);
            assertEquals(300, FfProbe.probe(run.stream.write(tmp.getRoot().toPath(), "fps.h264")).frames.size());
        }
    }

    @Test
    public void vbrAveragesTheTarget() throws Exception {
        EncoderSettings s = EncodeRun.settings(PixelFormat.NV12, 640, 360);
        s.rateControl = RateControl.VBR;
        s.bitrateKbps = 1000;
        try (Encoder e = factory.open(s)) {
            EncodeRun run = EncodeRun.encode(e, 300, null);
            double kbps = run.stream.kbps(0, 300, 30);
            System.out.printf("VBR 1000 kbps target: measured %.1f kbps over 300 frames%n", kbps);
            assertEquals(1000, kbps, 150);
            assertEquals(300, FfProbe.probe(run.stream.write(tmp.getRoot().toPath(), "vbr.h264")).frames.size());
        }
    }

    @Test
    public void crfStaysUnderItsCapAndTheCapMovesLive() throws Exception {
        EncoderSettings s = EncodeRun.settings(PixelFormat.NV12, 640, 360);
        s.rateControl = RateControl.CRF;
        s.crf = 18;
        s.bitrateKbps = 1500;
        s.gopSize = 1000;
        try (Encoder e = factory.open(s)) {
            EncodeRun run = EncodeRun.encode(e, 240, (i, enc) -> {
                if (i == 120) {
                    enc.setBitrate(400);
                }
            });
            double capped = run.stream.kbps(0, 120, 30);
            double lowered = run.stream.kbps(150, 240, 30);
            System.out.printf("CRF 18 capped at 1500 then 400 kbps: %.1f then %.1f kbps%n", capped, lowered);
            // A VBV cap bounds the bits of any T-second window by buffer + maxrate * T (H.264 Annex C).
            assertTrue("capped " + capped, capped <= vbvBound(1500, 1500, 4));
            assertTrue("lowered " + lowered, lowered <= vbvBound(400, 400, 3));
            assertTrue("the cap binds crf 18 on this content", lowered < capped / 2);
            assertEquals(List.of(0), run.stream.keyframes());
            assertEquals(240, FfProbe.probe(run.stream.write(tmp.getRoot().toPath(), "crf.h264")).frames.size());
        }
    }

    /** Highest average kbit/s a VBV of {@code bufferKbit} at {@code maxKbps} allows over {@code seconds}. */
    private static double vbvBound(int bufferKbit, int maxKbps, double seconds) {
        return (bufferKbit + maxKbps * seconds) / seconds;
    }
}
