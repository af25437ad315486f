package io.rotordream.encoder.x265.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

/** Encodes generated pictures with the installed libx265 and checks the stream with ffprobe/ffmpeg. */
public class X265EncoderTest {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    static final int FPS = 30;

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private X265EncoderFactory factory;

    @Before
    public void library() {
        factory = new X265EncoderFactory();
        assumeTrue("libx265 not installed: " + factory.availability(), factory.availability().available);
        assumeTrue("ffprobe/ffmpeg not installed", FfProbe.available());
    }

    static EncoderSettings settings(PixelFormat input) {
        EncoderSettings s = new EncoderSettings();
        s.codec = Codec.H265;
        s.width = WIDTH;
        s.height = HEIGHT;
        s.inputFormat = input;
        s.fpsNum = FPS;
        s.preset = "ultrafast";
        s.tune = "zerolatency";
        s.profile = "main";
        s.bitrateKbps = 1000;
        s.gopSize = 30;
        return s;
    }

    /** Frames from a small rotating pool, as a capture source lends them. */
    static List<TestFrame> pool(PixelFormat format, int rowPadding) {
        return TestFrame.pool(3, format, WIDTH, HEIGHT, FPS, rowPadding);
    }

    @Test
    public void keyframesAtGopAndWhereForcedEachWithParameterSets() throws Exception {
        EncodedStream stream = new EncodedStream();
        TestPattern pattern = new TestPattern(WIDTH, HEIGHT, FPS);
        List<TestFrame> pool = pool(PixelFormat.NV12, 64);
        ParameterSets sets;
        try (Encoder encoder = factory.open(settings(PixelFormat.NV12))) {
            sets = encoder.parameterSets();
            for (int i = 0; i < 90; i++) {
                if (i == 45) {
                    encoder.requestKeyframe();
                }
                TestFrame frame = pool.get(i % pool.size());
                pattern.paint(frame, i);
                stream.encode(encoder, frame);
            }
            stream.flush(encoder);
        }
        FfProbe probe = FfProbe.probe(stream.write(folder.getRoot().toPath(), "gop.h265"));
        assertEquals("hevc", probe.stream.get("codec_name"));
        assertEquals("Main", probe.stream.get("profile"));
        assertEquals("640", probe.stream.get("width"));
        assertEquals("360", probe.stream.get("height"));
        assertEquals(90, probe.frames.size());
        // x265 counts the GOP again from a forced IDR: 0, 30, forced 45, then 45 + 30.
        assertEquals(List.of(0, 30, 45, 75), probe.keyframes());

        assertEquals(90, stream.pictures.size());
        List<Integer> keyframes = new ArrayList<>();
        for (int i = 0; i < stream.pictures.size(); i++) {
            EncodedStream.Picture p = stream.pictures.get(i);
            assertEquals(i, p.frameSequence());
            assertEquals(TestPattern.START_NANOS + i * 1_000_000_000L / FPS, p.ptsNanos());
            assertEquals(p.ptsNanos(), p.dtsNanos());
            assertEquals(TestPattern.START_EPOCH_MICROS + i * 1_000_000L / FPS, p.captureEpochMicros());
            if (p.keyframe()) {
                keyframes.add(i);
                List<byte[]> nals = p.nalUnits();
                // H.265 Table 7-1: VPS 32, SPS 33, PPS 34 before the IDR slice (19 IDR_W_RADL, 20 IDR_N_LP)
                List<Integer> types = types(nals);
                int idr = firstOf(types, 19, 20);
                assertTrue("IDR in " + types, idr > 0);
                assertTrue("VPS/SPS/PPS before the IDR in " + types, types.subList(0, idr).containsAll(List.of(32, 33, 34)));
                assertArrayEquals(sets.vps(), nals.get(types.indexOf(32)));
                assertArrayEquals(sets.sps(), nals.get(types.indexOf(33)));
                assertArrayEquals(sets.pps(), nals.get(types.indexOf(34)));
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
            stream.encode(encoder, frame);
            stream.flush(encoder);
        }
        byte[] decoded = FfProbe.decodeI420(stream.write(folder.getRoot().toPath(), "chroma.h265"));
        assertEquals(WIDTH * HEIGHT * 3 / 2, decoded.length);
        double[] error = frame.meanChromaError(decoded);
        assertTrue("mean |U error| " + error[0], error[0] < 3);
        assertTrue("mean |V error| " + error[1], error[1] < 3);
    }

    @Test
    public void i420InPlaceAndBFramesKeepTheirCaptureData() throws Exception {
        EncoderSettings s = settings(PixelFormat.I420);
        s.tune = "";
        s.bFrames = 3;
        s.gopSize = 60;
        s.threads = 2;
        s.slices = 2;
        EncodedStream stream = new EncodedStream();
        TestPattern pattern = new TestPattern(WIDTH, HEIGHT, FPS);
        List<TestFrame> pool = pool(PixelFormat.I420, 16);
        int held = 0;
        try (Encoder encoder = factory.open(s)) {
            assertEquals(3, encoder.settings().bFrames);
            assertEquals(2, encoder.settings().slices);
            for (int i = 0; i < 60; i++) {
                TestFrame frame = pool.get(i % pool.size());
                pattern.paint(frame, i);
                if (!stream.encode(encoder, frame)) {
                    held++;
                }
            }
            stream.flush(encoder);
        }
        assertTrue("lookahead and B-frames hold pictures back", held > 0);
        assertEquals(60, stream.pictures.size());
        Set<Long> shown = new HashSet<>();
        boolean reordered = false;
        for (EncodedStream.Picture p : stream.pictures) {
            long index = p.frameSequence();
            assertEquals(pattern.captureNanos(index), p.ptsNanos());
            assertEquals(pattern.epochMicros(index), p.captureEpochMicros());
            assertTrue(p.dtsNanos() <= p.ptsNanos());
            reordered |= p.dtsNanos() != p.ptsNanos();
            shown.add(index);
        }
        assertTrue("B-frames reorder", reordered);
        assertEquals(60, shown.size());
        FfProbe probe = FfProbe.probe(stream.write(folder.getRoot().toPath(), "bframes.h265"));
        assertEquals(60, probe.frames.size());
        assertTrue(probe.frames.stream().anyMatch(f -> "B".equals(f.get("pict_type"))));
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
    public void reportsWhatItCannotHonour() throws Exception {
        EncoderSettings s = settings(PixelFormat.NV12);
        s.profile = "high";
        s.entropyCoding = "cavlc";
        s.tune = "film";
        try (Encoder encoder = factory.open(s)) {
            String ignored = encoder.ignoredSettings().toString();
            assertTrue(ignored, ignored.contains("profile high"));
            assertTrue(ignored, ignored.contains("cavlc"));
            assertEquals("main", encoder.settings().profile);
            encoder.setFrameRate(30, 1);
            try {
                encoder.setFrameRate(25, 1);
                fail("x265 cannot change fps live");
            } catch (EncoderException expected) {
                // reopen instead
            }
        }
        s.codec = Codec.H264;
        try {
            factory.open(s).close();
            fail("H264 through x265");
        } catch (EncoderException expected) {
            assertTrue(expected.getMessage().contains("H264"));
        }
    }

    private static List<Integer> types(List<byte[]> nals) {
        List<Integer> types = new ArrayList<>();
        for (byte[] nal : nals) {
            types.add(AnnexB.h265Type(nal));
        }
        return types;
    }

    private static int firstOf(List<Integer> types, int a, int b) {
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i) == a || types.get(i) == b) {
                return i;
            }
        }
        return -1;
    }
}
