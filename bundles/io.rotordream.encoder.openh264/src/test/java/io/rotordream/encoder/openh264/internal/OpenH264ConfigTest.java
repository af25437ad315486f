package io.rotordream.encoder.openh264.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;

import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.encoder.RateControl;

public class OpenH264ConfigTest {

    @Test
    public void defaultsAreReportedWhereBaselineCannotFollow() throws Exception {
        OpenH264Config c = OpenH264Config.of(new EncoderSettings());
        // EncoderSettings defaults: high profile, the rest as the preset says
        assertEquals(1, c.ignored.size());
        assertTrue(c.ignored.toString(), c.ignored.get(0).startsWith("profile high"));
        assertEquals(0, c.referenceFrames);
        assertEquals(OpenH264Layout.RC_BITRATE, c.rcMode);
        assertEquals(2_500_000, c.targetBps);
        assertEquals(2_500_000, c.maxBps);
        assertTrue(c.frameSkip);
        assertEquals(30, c.intraPeriod);
        assertEquals(30f, c.frameRate, 0);
        assertEquals(OpenH264Layout.COMPLEXITY_LOW, c.complexity);
    }

    @Test
    public void bFramesTunesAndFineControlsAreIgnored() throws Exception {
        EncoderSettings s = new EncoderSettings();
        s.profile = "baseline";
        s.entropyCoding = "cabac";
        s.bFrames = 2;
        s.tune = "film";
        s.motionEstimation = "umh";
        s.subpixelRefinement = 7;
        s.intraRefresh = true;
        s.vbvBufferKbit = 5000;
        String ignored = OpenH264Config.of(s).ignored.toString();
        for (String name : new String[] {"entropy_coding cabac", "b_frames 2", "tune film", "motion_estimation umh", "subpixel_refinement 7",
                "intra_refresh", "vbv_buffer 5000"}) {
            assertTrue(ignored, ignored.contains(name));
        }
        assertFalse(ignored, ignored.contains("profile"));
    }

    @Test
    public void rateControlModes() throws Exception {
        EncoderSettings s = new EncoderSettings();
        s.bitrateKbps = 1000;
        s.rateControl = RateControl.VBR;
        OpenH264Config vbr = OpenH264Config.of(s);
        assertEquals(OpenH264Layout.RC_BITRATE, vbr.rcMode);
        assertEquals(1_500_000, vbr.maxBps);
        assertTrue(vbr.frameSkip);

        s.rateControl = RateControl.CRF;
        s.crf = 28;
        OpenH264Config crf = OpenH264Config.of(s);
        assertEquals(OpenH264Layout.RC_QUALITY, crf.rcMode);
        assertEquals(28, crf.minQp);
        assertEquals(1_000_000, crf.maxBps);
        assertFalse(crf.frameSkip);
    }

    @Test
    public void threadsWorkOnSlices() throws Exception {
        EncoderSettings s = new EncoderSettings();
        s.threads = 1;
        assertEquals(OpenH264Layout.SLICE_SINGLE, OpenH264Config.of(s, 4).sliceMode);
        s.threads = 0;
        OpenH264Config auto = OpenH264Config.of(s, 4);
        assertEquals(OpenH264Layout.SLICE_FIXED_NUM, auto.sliceMode);
        assertEquals(4, auto.sliceCount);
        assertEquals(OpenH264Layout.SLICE_SINGLE, OpenH264Config.of(s, 1).sliceMode);
        s.threads = 3;
        assertEquals(3, OpenH264Config.of(s, 4).sliceCount);
        s.threads = 2;
        s.slices = 4;
        OpenH264Config four = OpenH264Config.of(s, 4);
        assertEquals(OpenH264Layout.SLICE_FIXED_NUM, four.sliceMode);
        assertEquals(4, four.sliceCount);
        assertEquals(2, four.threads);
    }

    @Test
    public void levelsAndPresets() throws Exception {
        java.util.List<String> ignored = new java.util.ArrayList<>();
        assertEquals(31, OpenH264Config.level("3.1", ignored));
        assertEquals(40, OpenH264Config.level("4", ignored));
        assertEquals(9, OpenH264Config.level("1b", ignored));
        assertEquals(0, OpenH264Config.level("", ignored));
        assertTrue(ignored.isEmpty());
        assertEquals(0, OpenH264Config.level("7.3", ignored));
        assertEquals(1, ignored.size());
        assertEquals(OpenH264Layout.COMPLEXITY_MEDIUM, OpenH264Config.complexity("medium"));
        assertEquals(OpenH264Layout.COMPLEXITY_HIGH, OpenH264Config.complexity("veryslow"));
    }

    @Test
    public void refusesWhatItCannotEncode() {
        EncoderSettings s = new EncoderSettings();
        s.codec = Codec.H265;
        expectRefusal(s, "H265");
        s = new EncoderSettings();
        s.inputFormat = PixelFormat.MJPEG;
        expectRefusal(s, "MJPEG");
        s = new EncoderSettings();
        s.height = 361;
        expectRefusal(s, "even");
    }

    private static void expectRefusal(EncoderSettings s, String because) {
        try {
            OpenH264Config.of(s);
            fail("accepted " + s);
        } catch (EncoderException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(because));
        }
    }
}
