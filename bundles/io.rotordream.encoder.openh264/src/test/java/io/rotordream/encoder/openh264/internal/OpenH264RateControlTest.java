package io.rotordream.encoder.openh264.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
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
import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.encoder.RateControl;

/** Bitrates as ffprobe counts them: packet bytes over the input's duration (300 frames at 30 fps). */
public class OpenH264RateControlTest {

    static final int FRAMES = 300;
    private static final double FPS = OpenH264EncoderTest.FPS;

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private OpenH264EncoderFactory factory;

    @Before
    public void library() {
        factory = new OpenH264EncoderFactory();
        assumeTrue("OpenH264 not installed: " + factory.availability(), factory.availability().available);
        assumeTrue("ffprobe/ffmpeg not installed", FfProbe.available());
    }

    @Test
    public void cbrHoldsTheTargetOver300Frames() throws Exception {
        EncoderSettings s = OpenH264EncoderTest.settings(PixelFormat.NV12);
        s.rateControl = RateControl.CBR;
        s.bitrateKbps = 1000;
        int[] skipped = new int[1];
        EncodedStream stream = encode(s, -1, 0, skipped);
        FfProbe probe = FfProbe.probe(stream.write(folder.getRoot().toPath(), "cbr.h264"));
        assertEquals(FRAMES - skipped[0], probe.frames.size());
        double kbps = EncodedStream.kbps(probe.packetBytes(0, probe.frames.size()), FRAMES, FPS);
        System.out.printf("openh264 CBR target 1000 kbps: measured %.1f kbps over %d frames (%.1f %%), %d skipped%n",
                kbps, FRAMES, (kbps / 1000 - 1) * 100, skipped[0]);
        assertTrue("measured " + kbps + " kbps", kbps > 850 && kbps < 1150);
    }

    @Test
    public void setBitrateMidStreamLowersTheSecondHalf() throws Exception {
        EncoderSettings s = OpenH264EncoderTest.settings(PixelFormat.I420);
        s.rateControl = RateControl.CBR;
        s.bitrateKbps = 1500;
        int[] skipped = new int[1];
        EncodedStream stream = encode(s, FRAMES / 2, 500, skipped);
        long first = 0;
        long second = 0;
        for (EncodedStream.Picture p : stream.pictures) {
            // skip the first second after the switch: the rate window drains at the new rate
            if (p.frameSequence() < FRAMES / 2) {
                first += p.bytes();
            } else if (p.frameSequence() >= FRAMES / 2 + 30) {
                second += p.bytes();
            }
        }
        FfProbe probe = FfProbe.probe(stream.write(folder.getRoot().toPath(), "switch.h264"));
        assertEquals(stream.pictures.size(), probe.frames.size());
        double before = EncodedStream.kbps(first, FRAMES / 2, FPS);
        double after = EncodedStream.kbps(second, FRAMES / 2 - 30, FPS);
        System.out.printf("openh264 setBitrate 1500 -> 500 kbps at frame %d: %.1f kbps before, %.1f kbps after, %d skipped%n",
                FRAMES / 2, before, after, skipped[0]);
        assertTrue(before + " then " + after, after < before * 0.6);
        assertTrue("settles near the new target: " + after, after > 400 && after < 600);
    }

    private EncodedStream encode(EncoderSettings s, int switchAt, int switchKbps, int[] skipped) throws Exception {
        EncodedStream stream = new EncodedStream();
        TestPattern pattern = new TestPattern(s.width, s.height, s.fpsNum);
        List<TestFrame> pool = OpenH264EncoderTest.pool(s.inputFormat, 0);
        try (Encoder encoder = factory.open(s)) {
            for (int i = 0; i < FRAMES; i++) {
                if (i == switchAt) {
                    encoder.setBitrate(switchKbps);
                }
                TestFrame frame = pool.get(i % pool.size());
                pattern.paint(frame, i);
                if (!stream.encode(encoder, frame)) {
                    skipped[0]++;
                }
            }
            if (switchAt >= 0) {
                assertEquals(switchKbps, encoder.settings().bitrateKbps);
            }
        }
        return stream;
    }
}
