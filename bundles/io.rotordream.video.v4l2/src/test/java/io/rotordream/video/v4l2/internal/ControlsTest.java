package io.rotordream.video.v4l2.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Set;
import java.util.function.Consumer;

import org.junit.Test;

import io.rotordream.video.api.SensorControls;

/** SensorControls against the fake UVC camera's controls. */
public class ControlsTest {

    private static V4l2FrameSource source(FakeCamera cam) {
        return new V4l2FrameSource(cam.path, null, cam.opener(), CaptureTest.FAST, new FixedClocks());
    }

    private static SensorControls with(Consumer<SensorControls> fill) {
        SensorControls c = new SensorControls();
        fill.accept(c);
        return c;
    }

    private static void refused(V4l2FrameSource s, SensorControls c, String field, String... words) {
        try {
            s.applyControls(c);
            fail("applied " + field);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith(field + ": "));
            for (String w : words) {
                assertTrue(e.getMessage(), e.getMessage().contains(w));
            }
        }
    }

    @Test
    public void readsTheDefaultsOfAUvcCamera() {
        SensorControls c = source(FakeCamera.uvc("/dev/video0")).controls();
        assertEquals("auto", c.exposureMode);
        assertEquals(Integer.valueOf(15_600), c.exposureTimeUs);
        assertEquals("auto", c.gainMode);
        assertEquals(64 / 255.0, c.gainValue, 1e-9);
        assertEquals("auto", c.whiteBalanceMode);
        assertEquals("continuous", c.focusMode);
    }

    @Test
    public void exposureModesAndTimeIn100MicrosecondUnits() {
        FakeCamera cam = FakeCamera.uvc("/dev/video0");
        V4l2FrameSource s = source(cam);
        SensorControls now = s.applyControls(with(c -> {
            c.exposureMode = "manual";
            c.exposureTimeUs = 20_000;
        }));
        assertEquals(V4l2.V4L2_EXPOSURE_MANUAL, cam.control(V4l2.V4L2_CID_EXPOSURE_AUTO));
        assertEquals(200, cam.control(V4l2.V4L2_CID_EXPOSURE_ABSOLUTE));
        assertEquals("manual", now.exposureMode);
        assertEquals(Integer.valueOf(20_000), now.exposureTimeUs);

        s.applyControls(with(c -> c.exposureMode = "AUTO"));
        assertEquals("the device offers aperture priority", V4l2.V4L2_EXPOSURE_APERTURE_PRIORITY,
                cam.control(V4l2.V4L2_CID_EXPOSURE_AUTO));
        refused(s, with(c -> c.exposureTimeUs = 10_000), "exposure_time_us", "refused", "exposure_mode manual");
        refused(s, with(c -> c.exposureTimeUs = 1_000_000), "exposure_time_us", "300 to 204700 µs");
        refused(s, with(c -> c.exposureMode = "shutter"), "exposure_mode", "auto, manual");
    }

    @Test
    public void autoExposureIsFullAutoWhereThatIsWhatTheDeviceOffers() {
        FakeCamera cam = FakeCamera.uvc("/dev/video0");
        cam.menu(V4l2.V4L2_CID_EXPOSURE_AUTO, "Auto Exposure", 0, 1, 0,
                Set.of(V4l2.V4L2_EXPOSURE_AUTO, V4l2.V4L2_EXPOSURE_MANUAL));
        V4l2FrameSource s = source(cam);
        s.applyControls(with(c -> c.exposureMode = "manual"));
        s.applyControls(with(c -> c.exposureMode = "auto"));
        assertEquals(V4l2.V4L2_EXPOSURE_AUTO, cam.control(V4l2.V4L2_CID_EXPOSURE_AUTO));
    }

    @Test
    public void gainValueIsAFractionOfTheControlsRange() {
        FakeCamera cam = FakeCamera.uvc("/dev/video0");
        V4l2FrameSource s = source(cam);
        SensorControls now = s.applyControls(with(c -> {
            c.gainMode = "manual";
            c.gainValue = 0.5;
        }));
        assertEquals(0, cam.control(V4l2.V4L2_CID_AUTOGAIN));
        assertEquals(128, cam.control(V4l2.V4L2_CID_GAIN));
        assertEquals(128 / 255.0, now.gainValue, 1e-9);
        s.applyControls(with(c -> c.gainValue = 1.0));
        assertEquals(255, cam.control(V4l2.V4L2_CID_GAIN));
        refused(s, with(c -> c.gainValue = 1.5), "gain_value", "0.0", "1.0");
    }

    @Test
    public void nothingIsWrittenWhenOneFieldIsRefused() {
        FakeCamera cam = FakeCamera.uvc("/dev/video0");
        refused(source(cam), with(c -> {
            c.exposureMode = "manual";
            c.gainValue = -1.0;
        }), "gain_value");
        assertEquals(V4l2.V4L2_EXPOSURE_APERTURE_PRIORITY, cam.control(V4l2.V4L2_CID_EXPOSURE_AUTO));
    }

    @Test
    public void whiteBalancePresetsThroughColourTemperatureOnUvc() {
        FakeCamera cam = FakeCamera.uvc("/dev/video0");
        V4l2FrameSource s = source(cam);
        SensorControls now = s.applyControls(with(c -> c.whiteBalanceMode = "daylight"));
        assertEquals(0, cam.control(V4l2.V4L2_CID_AUTO_WHITE_BALANCE));
        assertEquals(5500, cam.control(V4l2.V4L2_CID_WHITE_BALANCE_TEMPERATURE));
        assertEquals("daylight", now.whiteBalanceMode);
        assertEquals("tungsten", s.applyControls(with(c -> c.whiteBalanceMode = "tungsten")).whiteBalanceMode);
        assertEquals(3200, cam.control(V4l2.V4L2_CID_WHITE_BALANCE_TEMPERATURE));
        assertEquals("auto", s.applyControls(with(c -> c.whiteBalanceMode = "auto")).whiteBalanceMode);
        assertEquals(1, cam.control(V4l2.V4L2_CID_AUTO_WHITE_BALANCE));
        refused(s, with(c -> c.whiteBalanceMode = "candlelight"), "white_balance_mode", "daylight, cloudy");
    }

    @Test
    public void whiteBalancePresetMenuWhereTheDeviceHasOne() {
        FakeCamera cam = FakeCamera.uvc("/dev/video0").without(V4l2.V4L2_CID_AUTO_WHITE_BALANCE,
                V4l2.V4L2_CID_WHITE_BALANCE_TEMPERATURE);
        cam.menu(V4l2.V4L2_CID_AUTO_N_PRESET_WHITE_BALANCE, "White Balance, Auto & Preset", 0, 9,
                V4l2.V4L2_WHITE_BALANCE_AUTO, Set.of(0, 1, 2, 3, 6));
        V4l2FrameSource s = source(cam);
        assertEquals("fluorescent", s.applyControls(with(c -> c.whiteBalanceMode = "fluorescent")).whiteBalanceMode);
        assertEquals(V4l2.V4L2_WHITE_BALANCE_FLUORESCENT, cam.control(V4l2.V4L2_CID_AUTO_N_PRESET_WHITE_BALANCE));
        refused(s, with(c -> c.whiteBalanceMode = "cloudy"), "white_balance_mode", "do not include cloudy");
    }

    @Test
    public void focusModes() {
        FakeCamera cam = FakeCamera.uvc("/dev/video0");
        V4l2FrameSource s = source(cam);
        s.applyControls(with(c -> c.focusMode = "manual"));
        assertEquals(0, cam.control(V4l2.V4L2_CID_FOCUS_AUTO));
        cam.controls.get(V4l2.V4L2_CID_FOCUS_ABSOLUTE).value = 120;
        assertEquals("fixed", s.applyControls(with(c -> c.focusMode = "fixed")).focusMode);
        assertEquals("driven to the far end", 0, cam.control(V4l2.V4L2_CID_FOCUS_ABSOLUTE));
        assertEquals("continuous", s.applyControls(with(c -> c.focusMode = "continuous")).focusMode);
        assertEquals(1, cam.control(V4l2.V4L2_CID_FOCUS_AUTO));
        assertEquals("auto", s.applyControls(with(c -> c.focusMode = "auto")).focusMode);
    }

    @Test
    public void aControlTheDeviceLacksIsRefusedByName() {
        FakeCamera cam = FakeCamera.uvc("/dev/video0").without(V4l2.V4L2_CID_AUTOGAIN, V4l2.V4L2_CID_FOCUS_AUTO,
                V4l2.V4L2_CID_FOCUS_ABSOLUTE);
        V4l2FrameSource s = source(cam);
        refused(s, with(c -> c.gainMode = "manual"), "gain_mode", "V4L2_CID_AUTOGAIN");
        refused(s, with(c -> c.focusMode = "continuous"), "focus_mode", "V4L2_CID_FOCUS_AUTO", "fixed");
        assertEquals("a fixed-focus lens is fixed", "fixed", s.applyControls(with(c -> c.focusMode = "fixed")).focusMode);
        SensorControls now = s.controls();
        assertNull(now.gainMode);
        assertEquals("fixed", now.focusMode);
    }

    @Test
    public void controlsOfAnAbsentDeviceAreIllegalState() {
        FakeCamera cam = FakeCamera.uvc("/dev/video0");
        cam.unplug();
        try {
            source(cam).applyControls(with(c -> c.gainMode = "auto"));
            fail("applied to a missing device");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("not available"));
        }
    }
}
