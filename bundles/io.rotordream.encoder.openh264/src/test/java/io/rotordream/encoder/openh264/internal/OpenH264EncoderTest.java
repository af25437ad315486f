package io.rotordream.encoder.openh264.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.rotordream.encoder.support.AnnexB;
import io.rotordream.encoder.testkit.EncodedStream;
import io.rotordream.encoder.testkit.FfProbe;
import io.rotordream.encoder.testkit.TestFrame;
import io.rotordream.encoder.testkit.TestPattern;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.encoder.ParameterSets;
import io.rotordream.video.api.encoder.RateControl;

/** Encodes generated pictures with the installed OpenH264 and checks the stream with ffprobe/ffmpeg. */
public class OpenH264EncoderTest {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    static final int FPS = 30;

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private OpenH264EncoderFactory factory;

    @Before
    public void library() {
        factory = new OpenH264EncoderFactory();
        assumeTrue("OpenH264 not installed: " + factory.availability(), factory.availability().available);
        assumeTrue("ffprobe/ffmpeg not installed", FfProbe.available());
    }

    static EncoderSettings settings(PixelFormat input) {
        EncoderSettings s = new EncoderSettings();
        s.codec = Codec.H264;
        s.width = WIDTH;
        s.height = HEIGHT;
        s.inputFormat = input;
        s.fpsNum = FPS;
        s.profile = "baseline";
        s.entropyCoding = "cavlc";
        s.bitrateKbps = 1000;
        s.gopSize = 30;
        return s;
    }

    static List<TestFrame> pool(PixelFormat format, int rowPadding) {
        return TestFrame.pool(3, format, WIDTH, HEIGHT, FPS, rowPadding);
    }

    @Test
    public void keyframesAtGopAndWhereForcedEachWithParameterSets() throws Exception {
        EncoderSettings s = settings(PixelFormat.NV12);
        // a rate it never has to skip frames for: this test counts them
        s.bitrateKbps = 6000;
        EncodedStream stream = new EncodedStream();
        TestPattern pattern = new TestPattern(WIDTH, HEIGHT, FPS);
        List<TestFrame> pool = pool(PixelFormat.NV12, 64);
        ParameterSets sets;
        try (Encoder encoder = factory.open(s)) {
            assertTrue(encoder.ignoredSettings().toString(), encoder.ignoredSettings().isEmpty());
            sets = encoder.parameterSets();
            assertEquals("42c0", sets.profileLevelId().substring(0, 4));
            for (int i = 0; i < 90; i++) {
                if (i == 45) {
                    encoder.requestKeyframe();
                }
                TestFrame frame = pool.get(i % pool.size());
                pattern.paint(frame, i);
                assertTrue("frame " + i + " encoded", stream.encode(encoder, frame));
            }
            stream.flush(encoder);
        }
        FfProbe probe = FfProbe.probe(stream.write(folder.getRoot().toPath(), "gop.h264"));
        assertEquals("h264", probe.stream.get("codec_name"));
        assertEquals("Constrained Baseline", probe.stream.get("profile"));
        assertEquals("640", probe.stream.get("width"));
        assertEquals("360", probe.stream.get("height"));
        assertEquals(90, probe.frames.size());
        // OpenH264 counts the intra period again from a forced IDR: 0, 30, forced 45, then 45 + 30.
        assertEquals(List.of(0, 30, 45, 75), probe.keyframes());

        List<Integer> keyframes = new ArrayList<>();
        for (int i = 0; i < stream.pictures.size(); i++) {
            EncodedStream.Picture p = stream.pictures.get(i);
            assertEquals(i, p.frameSequence());
            assertEquals(pattern.captureNanos(i), p.ptsNanos());
            assertEquals(p.ptsNanos(), p.dtsNanos());
            assertEquals(pattern.epochMicros(i), p.captureEpochMicros());
            if (p.keyframe()) {
                keyframes.add(i);
                List<Integer> types = new ArrayList<>();
                p.nalUnits().forEach(nal -> types.add(AnnexB.h264Type(nal)));
                int idr = types.indexOf(AnnexB.H264_IDR);
                assertTrue("IDR in " + types, idr > 0);
                assertTrue("SPS/PPS before the IDR in " + types,
                        types.subList(0, idr).containsAll(List.of(AnnexB.H264_SPS, AnnexB.H264_PPS)));
                assertArrayEquals(sets.sps(), p.nalUnits().get(types.indexOf(AnnexB.H264_SPS)));
                assertArrayEquals(sets.pps(), p.nalUnits().get(types.indexOf(AnnexB.H264_PPS)));
            }
        }
        assertEquals(probe.keyframes(), keyframes);
    }

    @Test
    public void nv12ChromaLandsInTheRightPlanes() throws Exception {
        EncoderSettings s = settings(PixelFormat.NV12);
        s.rateControl = RateControl.CRF;
        s.crf = 12;
        s.bitrateKbps = 20000;
        EncodedStream stream = new EncodedStream();
        TestPattern pattern = new TestPattern(WIDTH, HEIGHT, FPS);
        TestFrame frame = new TestFrame(PixelFormat.NV12, WIDTH, HEIGHT, FPS, 32);
        pattern.paint(frame, 0);
        try (Encoder encoder = factory.open(s)) {
            assertTrue(stream.encode(encoder, frame));
        }
        byte[] decoded = FfProbe.decodeI420(stream.write(folder.getRoot().toPath(), "chroma.h264"));
        assertEquals(WIDTH * HEIGHT * 3 / 2, decoded.length);
        double[] error = frame.meanChromaError(decoded);
        assertTrue("mean |U error| " + error[0], error[0] < 3);
        assertTrue("mean |V error| " + error[1], error[1] < 3);
    }

    @Test
    public void i420InPlaceWithSlicesAndThreads() throws Exception {
        EncoderSettings s = settings(PixelFormat.I420);
        s.bitrateKbps = 6000;
        s.threads = 2;
        s.slices = 4;
        EncodedStream stream = new EncodedStream();
        TestPattern pattern = new TestPattern(WIDTH, HEIGHT, FPS);
        List<TestFrame> pool = pool(PixelFormat.I420, 16);
        try (Encoder encoder = factory.open(s)) {
            assertEquals(4, encoder.settings().slices);
            for (int i = 0; i < 30; i++) {
                TestFrame frame = pool.get(i % pool.size());
                pattern.paint(frame, i);
                stream.encode(encoder, frame);
            }
        }
        FfProbe probe = FfProbe.probe(stream.write(folder.getRoot().toPath(), "slices.h264"));
        assertEquals(30, probe.frames.size());
        long idrSlices = stream.pictures.get(0).nalUnits().stream().filter(n -> AnnexB.h264Type(n) == AnnexB.H264_IDR).count();
        assertEquals(4, idrSlices);
    }

    @Test
    public void directEncodeFrameWritesWhatTheVtableWrites() throws Exception {
        EncoderSettings s = settings(PixelFormat.I420);
        s.threads = 1;
        byte[][] streams = new byte[2][];
        for (int pass = 0; pass < 2; pass++) {
            EncodedStream stream = new EncodedStream();
            TestPattern pattern = new TestPattern(WIDTH, HEIGHT, FPS);
            TestFrame frame = new TestFrame(PixelFormat.I420, WIDTH, HEIGHT, FPS, 0);
            try (Encoder encoder = OpenH264Encoder.open(s, pass == 0 && factory.directEncodeFrame())) {
                for (int i = 0; i < 10; i++) {
                    pattern.paint(frame, i);
                    stream.encode(encoder, frame);
                }
            }
            streams[pass] = stream.stream.toByteArray();
        }
        assertTrue(streams[0].length > 0);
        assertArrayEquals(streams[1], streams[0]);
    }

    @Test
    public void frameRateAndBitrateChangeLive() throws Exception {
        TestPattern pattern = new TestPattern(WIDTH, HEIGHT, FPS);
        TestFrame frame = new TestFrame(PixelFormat.NV12, WIDTH, HEIGHT, FPS, 0);
        EncodedStream stream = new EncodedStream();
        try (Encoder encoder = factory.open(settings(PixelFormat.NV12))) {
            for (int i = 0; i < 20; i++) {
                if (i == 10) {
                    encoder.setFrameRate(15, 1);
                    encoder.setBitrate(1200);
                }
                pattern.paint(frame, i);
                if (i >= 10) {
                    // the source now delivers 15 frames a second
                    frame.captureNanos = pattern.captureNanos(10) + (i - 10) * 1_000_000_000L / 15;
                }
                stream.encode(encoder, frame);
            }
            assertEquals(15, encoder.settings().fpsNum);
            assertEquals(1200, encoder.settings().bitrateKbps);
            try {
                encoder.setFrameRate(0, 1);
                fail("0 fps");
            } catch (EncoderException expected) {
                // refused before it reaches the library
            }
        }
        assertTrue("pictures " + stream.pictures.size(), stream.pictures.size() > 10);
    }

    @Test
    public void tooSmallOutputBufferSaysHowMuchIsNeeded() throws Exception {
        TestPattern pattern = new TestPattern(WIDTH, HEIGHT, FPS);
        TestFrame frame = new TestFrame(PixelFormat.I420, WIDTH, HEIGHT, FPS, 0);
        pattern.paint(frame, 0);
        EncodedPicture out = new EncodedPicture();
        out.annexB = ByteBuffer.allocateDirect(16);
        try (Encoder encoder = factory.open(settings(PixelFormat.I420))) {
            encoder.encode(frame, out);
            fail("16 bytes cannot hold an IDR");
        } catch (EncoderException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("bytes, annexB holds 16"));
        }
    }

    @Test
    public void highProfileCabacAndBFramesAreReportedAndBaselineIsEncoded() throws Exception {
        EncoderSettings s = settings(PixelFormat.I420);
        s.profile = "high";
        s.entropyCoding = "cabac";
        s.bFrames = 3;
        try (Encoder encoder = factory.open(s)) {
            String ignored = encoder.ignoredSettings().toString();
            assertTrue(ignored, ignored.contains("profile high"));
            assertTrue(ignored, ignored.contains("cabac"));
            assertTrue(ignored, ignored.contains("b_frames 3"));
            EncoderSettings applied = encoder.settings();
            assertEquals("baseline", applied.profile);
            assertEquals("cavlc", applied.entropyCoding);
            assertEquals(0, applied.bFrames);
            assertFalse(encoder.flush(new EncodedPicture()));
        }
    }
}
