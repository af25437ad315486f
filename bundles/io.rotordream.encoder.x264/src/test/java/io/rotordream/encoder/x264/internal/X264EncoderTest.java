package io.rotordream.encoder.x264.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.rotordream.encoder.testkit.EncodeAllocations;
import io.rotordream.encoder.testkit.EncodedStream;
import io.rotordream.encoder.testkit.FfProbe;
import io.rotordream.encoder.testkit.TestFrame;
import io.rotordream.encoder.testkit.TestPattern;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;

/** The Encoder contract: timestamps through reordering, no allocation, buffers, errors, close. */
public class X264EncoderTest {

    private static X264EncoderFactory factory;

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @BeforeClass
    public static void library() {
        factory = X264Fixture.factory();
    }

    @Test
    public void bFramesKeepCaptureTimesAndDecodeOrder() throws Exception {
        EncoderSettings s = EncodeRun.settings(PixelFormat.I420, 640, 360);
        s.profile = "main";
        s.tune = "";
        s.bFrames = 2;
        s.gopSize = 30;
        try (Encoder e = factory.open(s)) {
            assertEquals(2, e.settings().bFrames);
            EncodeRun run = EncodeRun.encode(e, 60, null);
            assertEquals(60, run.stream.pictures.size());
            boolean reordered = false;
            long lastDts = Long.MIN_VALUE;
            long lastPts = Long.MIN_VALUE;
            long[] seen = new long[60];
            for (EncodedStream.Picture p : run.stream.pictures) {
                assertEquals("pts is the capture time of the frame shown", (long) run.captureNanos.get((int) p.frameSequence()),
                        p.ptsNanos());
                assertEquals(EncodeRun.BASE_EPOCH_MICROS + p.ptsNanos() / 1000, p.captureEpochMicros());
                assertTrue("dts <= pts", p.dtsNanos() <= p.ptsNanos());
                assertTrue("dts never decreases", p.dtsNanos() >= lastDts);
                reordered |= p.ptsNanos() < lastPts;
                lastDts = p.dtsNanos();
                lastPts = p.ptsNanos();
                seen[(int) p.frameSequence()]++;
            }
            long[] once = new long[60];
            Arrays.fill(once, 1);
            assertArrayEquals("every frame exactly once", once, seen);
            assertTrue("B-frames reorder output", reordered);
            FfProbe probe = FfProbe.probe(run.stream.write(tmp.getRoot().toPath(), "bframes.h264"));
            assertEquals(60, probe.frames.size());
            assertTrue("B pictures decoded", probe.pictTypes("B") > 10);
            assertEquals(List.of(0, 30), probe.keyframes());
        }
    }

    @Test
    public void encodingAllocatesNothingPerFrame() throws Exception {
        assumeTrue(EncodeAllocations.supported());
        EncoderSettings s = EncodeRun.settings(PixelFormat.NV12, 320, 240);
        try (Encoder e = factory.open(s)) {
            TestFrame[] frame = { EncodeRun.frame(PixelFormat.NV12, 320, 240) };
            long allocated = EncodeAllocations.inEncode(e, new TestPattern(320, 240, 30), frame, 50, 200);
            System.out.println("bytes allocated by 200 encode calls (fewest of up to three rounds): " + allocated);
            assertEquals("bytes allocated by 200 encode calls", 0, allocated);
        }
    }

    @Test
    public void tooSmallOutputBufferNamesTheSizeNeeded() throws Exception {
        EncoderSettings s = EncodeRun.settings(PixelFormat.NV12, 320, 240);
        try (Encoder e = factory.open(s)) {
            TestFrame frame = EncodeRun.painted(PixelFormat.NV12, 320, 240, 0);
            EncodedPicture out = new EncodedPicture();
            out.annexB = ByteBuffer.allocateDirect(16);
            try {
                e.encode(frame, out);
                fail("16 bytes cannot hold an IDR");
            } catch (EncoderException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().matches(".*holds 16 bytes, the picture needs \\d+"));
            }
        }
    }

    @Test
    public void wrongFrameIsRefusedAndCloseIsIdempotent() throws Exception {
        EncoderSettings s = EncodeRun.settings(PixelFormat.NV12, 320, 240);
        Encoder e = factory.open(s);
        EncodedPicture out = new EncodedPicture();
        out.annexB = ByteBuffer.allocateDirect(1 << 20);
        try {
            e.encode(EncodeRun.painted(PixelFormat.I420, 320, 240, 0), out);
            fail("I420 frame into an NV12 encoder");
        } catch (EncoderException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("NV12 320x240"));
        }
        TestPattern pattern = new TestPattern(320, 240, 30);
        TestFrame good = EncodeRun.frame(PixelFormat.NV12, 320, 240);
        assertTrue(e.encode(paint(pattern, good, 0), out));
        assertTrue(e.encode(paint(pattern, good, 1), out));
        assertFalse(out.keyframe);
        e.requestKeyframe();
        try {
            e.encode(EncodeRun.painted(PixelFormat.NV12, 640, 480, 0), out);
            fail("640x480 frame into a 320x240 encoder");
        } catch (EncoderException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("640x480"));
        }
        assertTrue(e.encode(paint(pattern, good, 2), out));
        assertTrue("the request survives the refused frame", out.keyframe);
        assertTrue(e.encode(paint(pattern, good, 3), out));
        assertFalse(out.keyframe);
        e.close();
        e.close();
        assertFalse(e.flush(out));
        try {
            e.encode(EncodeRun.painted(PixelFormat.NV12, 320, 240, 0), out);
            fail("closed");
        } catch (EncoderException expected) {
            assertTrue(expected.getMessage().contains("closed"));
        }
    }

    @Test
    public void refusedSettingsSayWhich() {
        EncoderSettings s = EncodeRun.settings(PixelFormat.YUYV, 320, 240);
        try {
            factory.open(s).close();
            fail("YUYV");
        } catch (EncoderException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("input_format YUYV"));
        }
    }

    @Test
    public void x264sOwnRefusalIsInTheMessage() {
        EncoderSettings s = EncodeRun.settings(PixelFormat.NV12, 20000, 20000);
        try {
            factory.open(s).close();
            fail("x264 takes at most 16384 pixels a side");
        } catch (EncoderException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().endsWith("invalid width x height (20000x20000)"));
        }
    }

    private static TestFrame paint(TestPattern pattern, TestFrame frame, int index) {
        pattern.paint(frame, index);
        return frame;
    }
}
