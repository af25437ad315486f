package io.rotordream.encoder.x265.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.rotordream.encoder.testkit.EncodedStream;
import io.rotordream.encoder.testkit.FfProbe;
import io.rotordream.encoder.testkit.TestFrame;
import io.rotordream.encoder.testkit.TestPattern;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.encoder.ParameterSets;
import io.rotordream.video.api.encoder.RateControl;

/** Bitrates as ffprobe counts them (sum of packet sizes over the stream's duration at 30 fps). */
public class X265RateControlTest {

    static final int FRAMES = 300;
    private static final double FPS = X265EncoderTest.FPS;

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private X265EncoderFactory factory;

    @Before
    public void library() {
        factory = new X265EncoderFactory();
        assumeTrue("libx265 not installed: " + factory.availability(), factory.availability().available);
        assumeTrue("ffprobe/ffmpeg not installed", FfProbe.available());
    }

    @Test
    public void cbrHoldsTheTargetOver300Frames() throws Exception {
        EncoderSettings s = X265EncoderTest.settings(PixelFormat.NV12);
        s.rateControl = RateControl.CBR;
        s.bitrateKbps = 1000;
        EncodedStream stream = encode(s, -1, 0);
        FfProbe probe = FfProbe.probe(stream.write(folder.getRoot().toPath(), "cbr.h265"));
        assertEquals(FRAMES, probe.frames.size());
        double kbps = EncodedStream.kbps(probe.packetBytes(0, FRAMES), FRAMES, FPS);
        System.out.printf("x265 CBR target 1000 kbps: measured %.1f kbps over %d frames (%.1f %%)%n", kbps, FRAMES,
                (kbps / 1000 - 1) * 100);
        assertTrue("measured " + kbps + " kbps", kbps > 850 && kbps < 1150);
    }

    @Test
    public void setBitrateMidStreamLowersTheSecondHalf() throws Exception {
        EncoderSettings s = X265EncoderTest.settings(PixelFormat.I420);
        s.rateControl = RateControl.CBR;
        s.bitrateKbps = 1500;
        EncodedStream stream = encode(s, FRAMES / 2, 500);
        FfProbe probe = FfProbe.probe(stream.write(folder.getRoot().toPath(), "switch.h265"));
        assertEquals(FRAMES, probe.frames.size());
        double first = EncodedStream.kbps(probe.packetBytes(0, FRAMES / 2), FRAMES / 2, FPS);
        // skip the first second after the switch: the VBV buffer drains at the new rate
        double second = EncodedStream.kbps(probe.packetBytes(FRAMES / 2 + 30, FRAMES), FRAMES / 2 - 30, FPS);
        System.out.printf("x265 setBitrate 1500 -> 500 kbps at frame %d: %.1f kbps before, %.1f kbps after%n",
                FRAMES / 2, first, second);
        assertTrue(first + " then " + second, second < first * 0.6);
        assertTrue("settles near the new target: " + second, second > 400 && second < 600);
        // libx265 3.5 ignores x265_encoder_reconfig for rate control: the change restarts the encoder,
        // so the picture at the switch is an IDR carrying the same parameter sets as before
        assertTrue(probe.keyframes().contains(FRAMES / 2));
        assertTrue(stream.pictures.get(FRAMES / 2).keyframe());
    }

    @Test
    public void raisingTheBitrateBeyondTheLevelMovesToAHigherLevel() throws Exception {
        EncoderSettings s = X265EncoderTest.settings(PixelFormat.I420);
        s.bitrateKbps = 500;
        TestPattern pattern = new TestPattern(s.width, s.height, s.fpsNum);
        TestFrame frame = new TestFrame(PixelFormat.I420, s.width, s.height, s.fpsNum, 0);
        EncodedStream stream = new EncodedStream();
        try (Encoder encoder = factory.open(s)) {
            String before = X265Headers.level(encoder.parameterSets());
            for (int i = 0; i < 10; i++) {
                if (i == 5) {
                    // HEVC level 2.1 allows 3000 kbit/s in the main tier (H.265 Table A.8)
                    encoder.setBitrate(6000);
                }
                pattern.paint(frame, i);
                stream.encode(encoder, frame);
            }
            String after = X265Headers.level(encoder.parameterSets());
            System.out.printf("x265 setBitrate 500 -> 6000 kbps: level %s -> %s%n", before, after);
            assertTrue(before + " -> " + after, Double.parseDouble(after) > Double.parseDouble(before));
            assertEquals(6000, encoder.settings().bitrateKbps);
        }
        FfProbe probe = FfProbe.probe(stream.write(folder.getRoot().toPath(), "level.h265"));
        assertEquals(10, probe.frames.size());
        assertEquals(List.of(0, 5), probe.keyframes());
    }

    @Test
    public void setBitrateIsRefusedWhenPicturesAreHeldBack() throws Exception {
        EncoderSettings s = X265EncoderTest.settings(PixelFormat.I420);
        s.tune = "";
        s.bFrames = 2;
        try (Encoder encoder = factory.open(s)) {
            encoder.setBitrate(500);
            fail("a restart would lose the pictures in the lookahead");
        } catch (EncoderException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("reopen"));
        }
    }

    private EncodedStream encode(EncoderSettings s, int switchAt, int switchKbps) throws Exception {
        EncodedStream stream = new EncodedStream();
        TestPattern pattern = new TestPattern(s.width, s.height, s.fpsNum);
        List<TestFrame> pool = X265EncoderTest.pool(s.inputFormat, 0);
        try (Encoder encoder = factory.open(s)) {
            ParameterSets sets = encoder.parameterSets();
            for (int i = 0; i < FRAMES; i++) {
                if (i == switchAt) {
                    encoder.setBitrate(switchKbps);
                }
                TestFrame frame = pool.get(i % pool.size());
                pattern.paint(frame, i);
                stream.encode(encoder, frame);
            }
            stream.flush(encoder);
            if (switchAt >= 0) {
                assertEquals(switchKbps, encoder.settings().bitrateKbps);
                assertEquals(sets, encoder.parameterSets());
            }
        }
        return stream;
    }
}
