package io.rotordream.video.v4l2.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.SensorControls;

/** The camera is unplugged mid-capture and plugged back. */
public class RecoveryTest {
    private final FakeCamera cam = FakeCamera.uvc("/dev/video0");
    private final V4l2FrameSource source = new V4l2FrameSource(cam.path, null, cam.opener(), CaptureTest.FAST,
            new FixedClocks());
    private final RecordingSink sink = new RecordingSink();

    @Before
    public void capturing() throws Exception {
        source.configure(new FrameFormat(PixelFormat.YUYV, 640, 480, 30, 1));
        source.start(sink, null);
        cam.emitWhenQueued(3);
        Await.until("3 frames", () -> sink.count() == 3);
    }

    @After
    public void tearDown() {
        source.stop();
        sink.releaseAll();
    }

    @Test
    public void captureResumesByItselfWhenTheDeviceComesBack() throws Exception {
        cam.unplug();
        Await.until("onSourceStopped", () -> sink.stops().size() == 1);
        assertTrue(sink.stops().get(0), sink.stops().get(0).startsWith("device gone: "));
        assertTrue(sink.stops().get(0), sink.stops().get(0).contains("No such device"));
        assertTrue("still started: it will come back", source.running());
        Await.until("the dead fd closed", () -> cam.read(() -> cam.openHandles) == 0);
        assertEquals("mappings released", 4, cam.unmapped);
        int attempts = cam.read(() -> cam.openAttempts);
        Await.until("the node polled for while gone", () -> cam.read(() -> cam.openAttempts) >= attempts + 3);
        assertEquals(0, source.stats().restarts);

        cam.plug();
        Await.until("streaming again", () -> cam.read(() -> cam.streamOns) == 2);
        cam.emitWhenQueued(2);
        Await.until("2 more frames", () -> sink.count() == 5);
        assertEquals("sequence continues", 3, sink.seen().get(3).sequence());
        assertEquals(4, sink.seen().get(4).sequence());
        assertEquals(1, source.stats().restarts);
        assertEquals(5, source.stats().delivered);
        assertEquals("told once", 1, sink.stops().size());
        assertEquals(new FrameFormat(PixelFormat.YUYV, 640, 480, 30, 1), sink.seen().get(4).format());
    }

    @Test
    public void sensorSettingsAreRestoredOnTheReturningDevice() throws Exception {
        SensorControls manual = new SensorControls();
        manual.exposureMode = "manual";
        manual.exposureTimeUs = 10_000;
        source.applyControls(manual);
        assertEquals(100, cam.control(V4l2.V4L2_CID_EXPOSURE_ABSOLUTE));

        cam.unplug();
        Await.until("onSourceStopped", () -> sink.stops().size() == 1);
        cam.plug(); // a fresh device: its controls are back at their defaults (aperture priority)
        Await.until("streaming again", () -> cam.read(() -> cam.streamOns) == 2);
        // the settings follow STREAMON on the reopening thread
        Await.until("manual exposure again", () -> cam.control(V4l2.V4L2_CID_EXPOSURE_AUTO) == V4l2.V4L2_EXPOSURE_MANUAL);
        Await.until("exposure time again", () -> cam.control(V4l2.V4L2_CID_EXPOSURE_ABSOLUTE) == 100);
    }

    @Test
    public void stopWhileTheDeviceIsGone() {
        cam.unplug();
        Await.until("onSourceStopped", () -> sink.stops().size() == 1);
        source.stop();
        assertFalse(source.running());
        int opens = cam.opens;
        cam.plug();
        assertEquals("no capture thread left to reopen it", opens, cam.opens);
    }

    @Test
    public void framesHeldAcrossTheUnplugStayReadable() throws Exception {
        sink.hold = true;
        cam.emitWhenQueued(1);
        Await.until("a held frame", () -> sink.held().size() == 1);
        cam.unplug();
        Await.until("onSourceStopped", () -> sink.stops().size() == 1);
        assertEquals("the held buffer is still mapped", 0, cam.unmapped);
        assertEquals(3L, sink.held().get(0).buffer().getLong(0));
        sink.releaseAll();
        assertEquals(4, cam.unmapped);
    }
}
