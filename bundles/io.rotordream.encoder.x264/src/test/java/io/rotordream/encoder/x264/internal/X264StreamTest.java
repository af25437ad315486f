package io.rotordream.encoder.x264.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.rotordream.encoder.testkit.FfProbe;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderSettings;

/** What a decoder sees in the stream: profile, level, size, GOP, keyframes, parameter sets. */
public class X264StreamTest {

    private static X264EncoderFactory factory;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @BeforeClass
    public static void library() {
        factory = X264Fixture.factory();
    }

    @Test
    public void nv12BaselineWithLevelAndGop() throws Exception {
        EncoderSettings s = EncodeRun.settings(PixelFormat.NV12, 640, 360);
        s.profile = "baseline";
        s.level = "3.0";
        s.gopSize = 30;
        try (Encoder e = factory.open(s)) {
            EncodeRun run = EncodeRun.encode(e, 90, null);
            FfProbe probe = FfProbe.probe(run.stream.write(tmp.getRoot().toPath(), "baseline.h264"));
            X264Fixture.assertStream(probe, 640, 360, "Constrained Baseline");
            assertEquals(30, Integer.parseInt(probe.stream.get("level")));
            assertEquals(90, probe.frames.size());
            assertEquals(List.of(0, 30, 60), probe.keyframes());
            assertEquals(List.of(0, 30, 60), run.stream.keyframes());
            X264Fixture.assertParameterSetsBeforeEveryIdr(run.stream, e.parameterSets());
            assertEquals("baseline", e.settings().profile);
            assertEquals("3.0", e.settings().level);
            assertEquals("cavlc", e.settings().entropyCoding);
        }
    }

    @Test
    public void i420High720p() throws Exception {
        EncoderSettings s = EncodeRun.settings(PixelFormat.I420, 1280, 720);
        s.profile = "high";
        s.gopSize = 20;
        s.bitrateKbps = 3000;
        try (Encoder e = factory.open(s)) {
            EncodeRun run = EncodeRun.encode(e, 50, null);
            FfProbe probe = FfProbe.probe(run.stream.write(tmp.getRoot().toPath(), "high.h264"));
            X264Fixture.assertStream(probe, 1280, 720, "High");
            assertEquals(50, probe.frames.size());
            assertEquals(List.of(0, 20, 40), probe.keyframes());
            X264Fixture.assertParameterSetsBeforeEveryIdr(run.stream, e.parameterSets());
            // RFC 6184 profile-level-id: High (0x64), no constraint flags, level 3.1 (0x1f) for 720p30
            assertEquals("64001f", e.parameterSets().profileLevelId());
            assertEquals("3.1", e.settings().level);
        }
    }

    @Test
    public void mainProfile() throws Exception {
        EncoderSettings s = EncodeRun.settings(PixelFormat.NV12, 640, 360);
        s.profile = "main";
        try (Encoder e = factory.open(s)) {
            EncodeRun run = EncodeRun.encode(e, 30, null);
            FfProbe probe = FfProbe.probe(run.stream.write(tmp.getRoot().toPath(), "main.h264"));
            X264Fixture.assertStream(probe, 640, 360, "Main");
            assertEquals(30, probe.frames.size());
            assertEquals("main", e.settings().profile);
        }
    }

    @Test
    public void requestedKeyframeRestartsTheGop() throws Exception {
        EncoderSettings s = EncodeRun.settings(PixelFormat.NV12, 640, 360);
        s.gopSize = 30;
        try (Encoder e = factory.open(s)) {
            EncodeRun run = EncodeRun.encode(e, 100, (i, enc) -> {
                if (i == 45) {
                    enc.requestKeyframe();
                }
            });
            FfProbe probe = FfProbe.probe(run.stream.write(tmp.getRoot().toPath(), "forced.h264"));
            System.out.println("forced keyframes " + run.stream.keyframes());
            assertEquals(100, probe.frames.size());
            assertEquals(List.of(0, 30, 45, 75), probe.keyframes());
            assertEquals(List.of(0, 30, 45, 75), run.stream.keyframes());
            X264Fixture.assertParameterSetsBeforeEveryIdr(run.stream, e.parameterSets());
        }
    }

    @Test
    public void intraRefreshRefreshesWithoutIdr() throws Exception {
        EncoderSettings s = EncodeRun.settings(PixelFormat.NV12, 640, 360);
        s.intraRefresh = true;
        s.gopSize = 30;
        try (Encoder e = factory.open(s)) {
            assertTrue(e.settings().intraRefresh);
            EncodeRun run = EncodeRun.encode(e, 90, (i, enc) -> {
                if (i == 40) {
                    enc.requestKeyframe();
                }
            });
            FfProbe probe = FfProbe.probe(run.stream.write(tmp.getRoot().toPath(), "refresh.h264"));
            assertEquals(90, probe.frames.size());
            assertEquals("only the first picture is an IDR", 1, X264Fixture.idrCount(run.stream));
        }
    }

    @Test
    public void baselineDropsBFramesAndSaysSo() throws Exception {
        EncoderSettings s = EncodeRun.settings(PixelFormat.NV12, 320, 240);
        s.profile = "baseline";
        s.bFrames = 2;
        s.entropyCoding = "cabac";
        try (Encoder e = factory.open(s)) {
            assertEquals(0, e.settings().bFrames);
            assertTrue(e.ignoredSettings().toString(), e.ignoredSettings().stream().anyMatch(x -> x.startsWith("b_frames 2")));
            assertTrue(e.ignoredSettings().toString(), e.ignoredSettings().stream().anyMatch(x -> x.startsWith("entropy_coding cabac")));
        }
    }
}
