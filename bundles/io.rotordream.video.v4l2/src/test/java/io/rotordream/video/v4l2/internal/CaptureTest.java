package io.rotordream.video.v4l2.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;

import org.junit.After;
import org.junit.Test;

import io.rotordream.video.api.Frame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.SourceStats;

/** V4l2FrameSource capturing from the fake camera. */
public class CaptureTest {
    static final SourceSettings FAST = new SourceSettings(4, 50, 20);

    private final FakeCamera cam = FakeCamera.uvc("/dev/video0").alignBytesPerLine(512);
    private final V4l2FrameSource source = new V4l2FrameSource(cam.path, null, cam.opener(), FAST, new FixedClocks());
    private final RecordingSink sink = new RecordingSink();

    @After
    public void tearDown() {
        source.stop();
        sink.releaseAll();
    }

    @Test
    public void capturesFramesWithSequenceTimestampsAndStrides() throws Exception {
        FrameFormat yuyv = new FrameFormat(PixelFormat.YUYV, 640, 480, 30, 1);
        source.configure(yuyv);
        source.start(sink, null);
        assertTrue(source.running());
        cam.emitWhenQueued(8);
        Await.until("8 frames", () -> sink.count() == 8);

        List<RecordingSink.Seen> seen = sink.seen();
        for (int i = 0; i < 8; i++) {
            RecordingSink.Seen s = seen.get(i);
            assertEquals(i, s.sequence());
            assertEquals("the picture of buffer " + s.bufferIndex(), i, s.contentSequence());
            long ts = cam.timestampNanos(i);
            assertEquals("monotonic timestamp from the driver", ts, s.captureNanos());
            assertEquals(FixedClocks.epochMicrosOf(ts), s.epochMicros());
            assertEquals("bytesperline, aligned by the driver, not width*2", 1536, s.stride0());
            assertEquals(1536 * 480, s.length());
            assertEquals(yuyv, s.format());
            assertTrue(s.thread(), s.thread().startsWith("v4l2-capture"));
        }
        assertEquals("a timeval: whole microseconds", 33_333_000L, seen.get(1).captureNanos() - seen.get(0).captureNanos());
        SourceStats st = source.stats();
        assertEquals(8, st.delivered);
        assertEquals(0, st.dropped);
        assertEquals(30.0, st.measuredFps, 0.1);
        assertEquals("every buffer back with the driver", Integer.valueOf(4), cam.read(() -> cam.queued.size()));
        assertEquals("4 at start, one per released frame", 12, cam.queueCalls);
    }

    @Test
    public void nv12PlanesFollowBytesPerLine() throws Exception {
        source.configure(new FrameFormat(PixelFormat.NV12, 1280, 720, 30, 1));
        source.start(sink, null);
        cam.emitWhenQueued(1);
        Await.until("a frame", () -> sink.count() == 1);
        RecordingSink.Seen s = sink.seen().get(0);
        assertEquals(1536, s.stride0());
        assertEquals(1536, s.stride1());
        assertEquals(1536 * 720, s.planeOffset1());
        assertEquals(1536 * 720 * 3 / 2, s.length());
    }

    @Test
    public void theDefaultFormatIsOneTheDeviceOffers() throws Exception {
        assertEquals(new FrameFormat(PixelFormat.NV12, 1280, 720, 30, 1), source.format());
        source.start(sink, null);
        cam.emitWhenQueued(1);
        Await.until("a frame", () -> sink.count() == 1);
        assertEquals(source.format(), sink.seen().get(0).format());
    }

    @Test
    public void aBufferGoesBackToTheDriverOnTheLastReleaseOnly() throws Exception {
        sink.hold = true;
        source.configure(new FrameFormat(PixelFormat.MJPEG, 640, 480, 30, 1));
        source.start(sink, null);
        cam.emitWhenQueued(1);
        Await.until("a frame", () -> sink.count() == 1);
        Frame f = sink.held().get(0);
        assertEquals("MJPEG: the compressed size", 640 * 480 * 2 / 3, f.length());
        assertEquals(0, f.stride(0));
        f.retain();
        assertEquals(Integer.valueOf(3), cam.read(() -> cam.queued.size()));
        sink.releaseOne();
        assertEquals("one holder left", Integer.valueOf(3), cam.read(() -> cam.queued.size()));
        f.release();
        assertEquals(Integer.valueOf(4), cam.read(() -> cam.queued.size()));
        try {
            f.release();
            fail("released once too often");
        } catch (IllegalStateException expected) {
            // the frame already went back
        }
        try {
            f.retain();
            fail("retained after the last release");
        } catch (IllegalStateException expected) {
            // idem
        }
    }

    @Test
    public void aConsumerHoldingEveryBufferDoesNotBlockCapture() throws Exception {
        sink.hold = true;
        source.configure(new FrameFormat(PixelFormat.YUYV, 640, 480, 30, 1));
        source.start(sink, null);
        cam.emitWhenQueued(4);
        Await.until("4 frames held", () -> sink.count() == 4);
        assertEquals(Integer.valueOf(0), cam.read(() -> cam.queued.size()));

        cam.emit(3); // nowhere to put them: the sensor loses them
        assertEquals(3, cam.lost);
        Await.until("the capture thread counting its lack of buffers", () -> source.stats().noBuffer >= 2);

        sink.releaseOne();
        cam.emitWhenQueued(1);
        Await.until("a fifth frame", () -> sink.count() == 5);
        assertEquals("sequence 4-6 lost", 7, sink.seen().get(4).sequence());
        assertEquals(3, source.stats().dropped);
        assertEquals(5, source.stats().delivered);
    }

    @Test
    public void stopWithFramesHeldKeepsThemReadableUntilReleased() throws Exception {
        sink.hold = true;
        source.configure(new FrameFormat(PixelFormat.YUYV, 640, 480, 30, 1));
        source.start(sink, null);
        cam.emitWhenQueued(2);
        Await.until("2 frames", () -> sink.count() == 2);

        source.stop();
        assertFalse(source.running());
        assertEquals("fd closed", 0, cam.openHandles);
        assertEquals("still mapped for the holders", 0, cam.unmapped);
        assertEquals(1L, sink.held().get(1).buffer().getLong(0));
        sink.releaseOne();
        assertEquals(0, cam.unmapped);
        sink.releaseOne();
        assertEquals("unmapped with the last release", 4, cam.unmapped);
        source.stop(); // idempotent
        assertEquals(2, source.stats().delivered);
    }

    @Test
    public void corruptedBuffersAreDroppedAndRequeued() throws Exception {
        source.configure(new FrameFormat(PixelFormat.YUYV, 640, 480, 30, 1));
        source.start(sink, null);
        cam.emitWhenQueued(1);
        cam.read(() -> cam.corruptNext = true);
        cam.emitWhenQueued(2);
        Await.until("2 good frames", () -> sink.count() == 2);
        assertEquals(0, sink.seen().get(0).sequence());
        assertEquals("1 was corrupted", 2, sink.seen().get(1).sequence());
        assertEquals(1, source.stats().dropped);
        Await.until("buffer requeued", () -> cam.read(() -> cam.queued.size()) == 4);
    }

    @Test
    public void configureRefusesWhatTheDeviceDoesNotOffer() {
        try {
            source.configure(new FrameFormat(PixelFormat.NV12, 640, 480, 30, 1));
            fail("accepted NV12 640x480");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("NV12 1280x720@30"));
        }
        assertEquals("unchanged", new FrameFormat(PixelFormat.NV12, 1280, 720, 30, 1), source.format());
    }

    @Test
    public void configureWhileRunningRestartsWithTheNewFormat() throws Exception {
        source.configure(new FrameFormat(PixelFormat.YUYV, 640, 480, 30, 1));
        source.start(sink, null);
        cam.emitWhenQueued(1);
        Await.until("a YUYV frame", () -> sink.count() == 1);

        source.configure(new FrameFormat(PixelFormat.YUYV, 640, 480, 30000, 1000));
        cam.emitWhenQueued(1);
        Await.until("a second YUYV frame", () -> sink.count() == 2);
        assertEquals("the same format again does not restart", 1, cam.streamOns);

        FrameFormat mjpeg = new FrameFormat(PixelFormat.MJPEG, 1280, 720, 30, 1);
        source.configure(mjpeg);
        Await.until("a second STREAMON", () -> cam.read(() -> cam.streamOns) == 2);
        cam.emitWhenQueued(1);
        Await.until("an MJPEG frame", () -> sink.count() == 3);
        assertEquals(mjpeg, sink.seen().get(2).format());
        assertEquals("sequence continues across the restart", 2, sink.seen().get(2).sequence());
        assertTrue(sink.stops().isEmpty());
    }

    @Test
    public void startingTwiceOrWithoutTheDeviceFails() throws Exception {
        source.configure(new FrameFormat(PixelFormat.YUYV, 640, 480, 30, 1));
        source.start(sink, null);
        try {
            source.start(sink, null);
            fail("started twice");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("already started"));
        }
        source.stop();

        cam.unplug();
        try {
            source.start(sink, null);
            fail("started without a device");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("No such file or directory"));
        }
        assertFalse(source.running());
    }

    @Test
    public void identity() {
        assertEquals("v4l2:/dev/video0", source.id());
        assertEquals(7, source.capabilities().size());
        assertEquals("Fake UVC Camera (uvcvideo, usb-0000:00:14.0-1)", source.description());
    }
}
