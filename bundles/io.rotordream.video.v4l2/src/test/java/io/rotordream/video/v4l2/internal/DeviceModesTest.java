package io.rotordream.video.v4l2.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;

import org.junit.Test;

import io.rotordream.video.api.FormatCapability;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.v4l2.internal.VideoDevice.Fraction;
import io.rotordream.video.v4l2.internal.VideoDevice.FrameIntervals;
import io.rotordream.video.v4l2.internal.VideoDevice.FrameSizes;

public class DeviceModesTest {

    private static DeviceModes modes(FakeCamera cam) throws Exception {
        try (VideoDevice d = cam.open()) {
            return DeviceModes.enumerate(d);
        }
    }

    private static final DeviceModes.IntervalLookup NO_LOOKUP = (pf, w, h) -> {
        throw new AssertionError("looked up " + pf + " " + w + "x" + h);
    };

    private static FormatCapability find(List<FormatCapability> caps, PixelFormat pf, int w, int h) {
        return caps.stream().filter(c -> c.pixelFormat == pf && c.width == w && c.height == h).findFirst()
                .orElseThrow(() -> new AssertionError("no " + pf + " " + w + "x" + h + " in " + caps.size()));
    }

    @Test
    public void discreteSizesAndRatesOfAUvcCamera() throws Exception {
        List<FormatCapability> caps = modes(FakeCamera.uvc("/dev/video0")).capabilities();
        assertEquals("3 YUYV + 3 MJPEG + 1 NV12; H.264 left out", 7, caps.size());
        assertEquals(List.of(30.0, 15.0), find(caps, PixelFormat.YUYV, 640, 480).frameRates);
        assertEquals(List.of(10.0, 5.0), find(caps, PixelFormat.YUYV, 1280, 720).frameRates);
        assertEquals(List.of(30.0), find(caps, PixelFormat.MJPEG, 1920, 1080).frameRates);
        assertEquals(List.of(30.0), find(caps, PixelFormat.NV12, 1280, 720).frameRates);
        assertTrue(find(caps, PixelFormat.YUYV, 640, 480).matches(new FrameFormat(PixelFormat.YUYV, 640, 480, 15, 1)));
    }

    @Test
    public void selectUsesTheDevicesOwnInterval() throws Exception {
        DeviceModes m = modes(FakeCamera.uvc("/dev/video0"));
        assertEquals(FakeCamera.FPS30, m.select(new FrameFormat(PixelFormat.YUYV, 640, 480, 30, 1), NO_LOOKUP));
        assertEquals(FakeCamera.FPS15, m.select(new FrameFormat(PixelFormat.MJPEG, 640, 480, 15, 1), NO_LOOKUP));
    }

    @Test
    public void refusalNamesWhatTheDeviceOffers() throws Exception {
        DeviceModes m = modes(FakeCamera.uvc("/dev/video0"));
        try {
            m.select(new FrameFormat(PixelFormat.YUYV, 1920, 1080, 30, 1), NO_LOOKUP);
            fail("accepted a size the device lacks");
        } catch (IllegalArgumentException e) {
            String msg = e.getMessage();
            assertTrue(msg, msg.contains("/dev/video0 does not offer YUYV 1920x1080@30"));
            assertTrue(msg, msg.contains("YUYV 640x480@30,15"));
            assertTrue(msg, msg.contains("YUYV 1280x720@10,5"));
            assertTrue(msg, msg.contains("MJPEG 1920x1080@30"));
            assertTrue(msg, msg.contains("NV12 1280x720@30"));
        }
        try {
            m.select(new FrameFormat(PixelFormat.YUYV, 1280, 720, 30, 1), NO_LOOKUP);
            fail("accepted a rate the device lacks");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("YUYV 1280x720 runs at 10,5 fps"));
        }
        try {
            m.select(new FrameFormat(PixelFormat.I420, 640, 480, 30, 1), NO_LOOKUP);
            fail("accepted a pixel format the device lacks");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("it offers YUYV"));
        }
    }

    @Test
    public void stepwiseSizesListCommonSizesAndValidateBySteps() throws Exception {
        FakeCamera cam = FakeCamera.uvc("/dev/video2");
        cam.stepwise(V4l2.V4L2_PIX_FMT_YUV420, "Planar YUV 4:2:0",
                new FrameSizes(V4l2.V4L2_FRMSIZE_TYPE_STEPWISE, 64, 1920, 16, 48, 1080, 8),
                new FrameIntervals(V4l2.V4L2_FRMIVAL_TYPE_CONTINUOUS, new Fraction(1, 30), new Fraction(1, 1),
                        new Fraction(1, 1)));
        DeviceModes m = modes(cam);
        List<FormatCapability> i420 = m.capabilities().stream().filter(c -> c.pixelFormat == PixelFormat.I420).toList();
        assertEquals(64, i420.get(0).width);
        assertEquals(48, i420.get(0).height);
        assertEquals(1920, i420.get(i420.size() - 1).width);
        find(i420, PixelFormat.I420, 640, 480);
        find(i420, PixelFormat.I420, 1280, 720);
        assertEquals(List.of(30.0, 25.0, 24.0, 20.0, 15.0, 10.0, 5.0, 1.0), find(i420, PixelFormat.I420, 640, 480).frameRates);

        // a listed size: no device lookup
        assertEquals(new Fraction(1, 24), m.select(new FrameFormat(PixelFormat.I420, 1280, 720, 24, 1), NO_LOOKUP));
        // an unlisted size on the steps: the device is asked for its intervals there
        int[] asked = new int[2];
        Fraction tpf = m.select(new FrameFormat(PixelFormat.I420, 1008, 600, 12, 1), (pf, w, h) -> {
            asked[0] = w;
            asked[1] = h;
            return List.of(new FrameIntervals(V4l2.V4L2_FRMIVAL_TYPE_CONTINUOUS, new Fraction(1, 30), new Fraction(1, 1), new Fraction(1, 1)));
        });
        assertEquals(new Fraction(1, 12), tpf);
        assertEquals(1008, asked[0]);
        assertEquals(600, asked[1]);
        try {
            m.select(new FrameFormat(PixelFormat.I420, 1000, 600, 12, 1), NO_LOOKUP);
            fail("accepted a width off the 16-pixel steps");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("I420 64-1920/16x48-1080/8"));
        }
    }

    @Test
    public void preferredIsUncompressedNearest720pAtFullRate() throws Exception {
        assertEquals(new FrameFormat(PixelFormat.NV12, 1280, 720, 30, 1), modes(FakeCamera.uvc("/dev/video0")).preferred());
        FakeCamera onlyMjpeg = FakeCamera.uvc("/dev/video3");
        onlyMjpeg.formats.removeIf(f -> f.fourcc() != V4l2.V4L2_PIX_FMT_MJPEG);
        assertEquals(new FrameFormat(PixelFormat.MJPEG, 1280, 720, 30, 1), modes(onlyMjpeg).preferred());
    }
}
