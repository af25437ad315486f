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
            assertEquals(60, run.pictures.size());
            boolean reordered = false;
            long lastDts = Long.MIN_VALUE;
            long lastPts = Long.MIN_VALUE;
            long[] seen = new long[60];
            for (EncodeRun.Picture p : run.pictures) {
                assertEquals("pts is the capture time of the frame shown", (long) run.captureNanos.get((int) p.sequence()),
                        p.ptsNanos());
                assertEquals(EncodeRun.BASE_EPOCH_MICROS + p.ptsNanos() / 1000, p.epochMicros());
                assertTrue("dts <= pts", p.dtsNanos() <= p.ptsNanos());
                assertTrue("dts never decreases", p.dtsNanos() >= lastDts);
                reordered |= p.ptsNanos() < lastPts;
                lastDts = p.dtsNanos();
                lastPts = p.ptsNanos();
                seen[(int) p.sequence()]++;
            }
            long[] once = new long[60];
            Arrays.fill(once, 1);
            assertArrayEquals("every frame exactly once", once, seen);
            assertTrue("B-frames reorder output", reordered);
            Ffprobe probe = Ffprobe.probe(run.write(tmp.newFile("bframes.h264").toPath()));
            assertEquals(60, probe.frames.size());
            assertTrue("B pictures decoded", probe.pictTypes("B") > 10);
            assertEquals(List.of(0, 30), probe.keyframes());
        }
    }

    @Test
    public void encodingAllocatesNothingPerFrame() throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory
                .getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported());
        EncoderSettings s = EncodeRun.settings(PixelFormat.NV12, 320, 240);
        try (Encoder e = factory.open(s)) {
            PatternFrame frame = new PatternFrame(PixelFormat.NV12, 320, 240, 30, 1).paint(0, 0, 1, 1);
            EncodedPicture out = new EncodedPicture();
            out.annexB = ByteBuffer.allocateDirect(1 << 20);
            for (int i = 0; i < 50; i++) {
                e.encode(frame, out);
            }
            long id = Thread.currentThread().getId();
            long before = threads.getThreadAllocatedBytes(id);
            for (int i = 0; i < 200; i++) {
                e.encode(frame, out);
            }
            long allocated = threads.getThreadAllocatedBytes(id) - before;
            System.out.println("bytes allocated by 200 encode calls: " + allocated);
            assertEquals("bytes allocated by 200 encode calls", 0, allocated);
        }
    }

    @Test
    public void tooSmallOutputBufferNamesTheSizeNeeded() throws Exception {
        EncoderSettings s = EncodeRun.settings(PixelFormat.NV12, 320, 240);
        try (Encoder e = factory.open(s)) {
            PatternFrame frame = new PatternFrame(PixelFormat.NV12, 320, 240, 30, 1);
            EncodedPicture out = new EncodedPicture();
            out.annexB = ByteBuffer.allocateDirect(16);
            try {
                e.encode(frame.paint(0, 0, 1, 1), out);
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
            e.encode(new PatternFrame(PixelFormat.I420, 320, 240, 30, 1).paint(0, 0, 1, 1), out);
            fail("I420 frame into an NV12 encoder");
        } catch (EncoderException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("NV12 320x240"));
        }
        PatternFrame good = new PatternFrame(PixelFormat.NV12, 320, 240, 30, 1);
        assertTrue(e.encode(good.paint(0, 0, 1, 1), out));
        assertTrue(e.encode(good.paint(1, 1, 2, 2), out));
        assertFalse(out.keyframe);
        e.requestKeyframe();
        try {
            e.encode(new PatternFrame(PixelFormat.NV12, 640, 480, 30, 1).paint(0, 0, 1, 1), out);
            fail("640x480 frame into a 320x240 encoder");
        } catch (EncoderException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("640x480"));
        }
        assertTrue(e.encode(good.paint(2, 2, 3, 3), out));
        assertTrue("the request survives the refused frame", out.keyframe);
        assertTrue(e.encode(good.paint(3, 3, 4, 4), out));
        assertFalse(out.keyframe);
        e.close();
        e.close();
        assertFalse(e.flush(out));
        try {
            e.encode(new PatternFrame(PixelFormat.NV12, 320, 240, 30, 1).paint(0, 0, 1, 1), out);
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
}
