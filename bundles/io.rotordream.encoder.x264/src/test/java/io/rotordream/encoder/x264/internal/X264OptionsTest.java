package io.rotordream.encoder.x264.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.Test;

import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.encoder.RateControl;

public class X264OptionsTest {

    private static Map<String, String> options(EncoderSettings s) {
        Map<String, String> m = new LinkedHashMap<>();
        for (X264Option o : X264Options.options(s)) {
            m.put(o.name(), o.value());
        }
        return m;
    }

    @Test
    public void cbrCapsAtTheBitrateWithOneSecondBuffer() {
        EncoderSettings s = new EncoderSettings();
        s.bitrateKbps = 4000;
        Map<String, String> m = options(s);
        assertEquals("4000", m.get("bitrate"));
        assertEquals("4000", m.get("vbv-maxrate"));
        assertEquals("4000", m.get("vbv-bufsize"));
        assertFalse(m.containsKey("crf"));
        s.vbvBufferKbit = 1500;
        assertEquals("1500", options(s).get("vbv-bufsize"));
    }

    @Test
    public void vbrPeaksAtOneAndAHalf() {
        EncoderSettings s = new EncoderSettings();
        s.rateControl = RateControl.VBR;
        s.bitrateKbps = 2000;
        Map<String, String> m = options(s);
        assertEquals("2000", m.get("bitrate"));
        assertEquals("3000", m.get("vbv-maxrate"));
        assertEquals("3000", m.get("vbv-bufsize"));
    }

    @Test
    public void crfKeepsAVbvCap() {
        EncoderSettings s = new EncoderSettings();
        s.rateControl = RateControl.CRF;
        s.crf = 21.5;
        s.bitrateKbps = 3000;
        Map<String, String> m = options(s);
        assertEquals("21.50", m.get("crf"));
        assertFalse(m.containsKey("bitrate"));
        assertEquals("3000", m.get("vbv-maxrate"));
        assertEquals("3000", m.get("vbv-bufsize"));
    }

    @Test
    public void mapsEveryField() {
        EncoderSettings s = new EncoderSettings();
        s.fpsNum = 30000;
        s.fpsDen = 1001;
        s.gopSize = 60;
        s.bFrames = 2;
        s.referenceFrames = 3;
        s.entropyCoding = "cavlc";
        s.motionEstimation = "umh";
        s.subpixelRefinement = 7;
        s.threads = 4;
        s.slices = 2;
        s.intraRefresh = true;
        s.level = "4.1";
        Map<String, String> m = options(s);
        assertEquals("30000/1001", m.get("fps"));
        assertEquals("60", m.get("keyint"));
        assertEquals("60", m.get("keyint-min"));
        assertEquals("0", m.get("scenecut"));
        assertEquals("2", m.get("bframes"));
        assertEquals("3", m.get("ref"));
        assertEquals("0", m.get("cabac"));
        assertEquals("umh", m.get("me"));
        assertEquals("7", m.get("subme"));
        assertEquals("4", m.get("threads"));
        assertEquals("2", m.get("slices"));
        assertEquals("1", m.get("intra-refresh"));
        assertEquals("4.1", m.get("level"));
        assertEquals("1", m.get("annexb"));
        assertEquals("1", m.get("repeat-headers"));
    }

    @Test
    public void choosingIsLeftToX264() {
        EncoderSettings s = new EncoderSettings();
        s.threads = 0;
        s.slices = 0;
        s.level = "";
        s.tune = "";
        s.entropyCoding = "";
        s.motionEstimation = "";
        Map<String, String> m = options(s);
        assertEquals("auto", m.get("threads"));
        assertFalse(m.containsKey("slices"));
        assertFalse(m.containsKey("level"));
        assertFalse(m.containsKey("cabac"));
        assertFalse(m.containsKey("me"));
        assertFalse(m.containsKey("intra-refresh"));
        assertNull(X264Options.tune(s));
    }

    @Test
    public void rateScalesWithTheFrameRateButNotTheBuffer() {
        RateValues r = RateValues.of(RateControl.CBR, 1000, 0, 2.0);
        assertEquals(new RateValues(2000, 2000, 1000), r);
        assertEquals(new RateValues(0, 1500, 800), RateValues.of(RateControl.CRF, 1500, 800, 1.0));
    }

    @Test
    public void refusesWhatX264CannotTake() {
        refuses(s -> s.codec = Codec.H265, "codec H265");
        refuses(s -> s.width = 641, "size 641x720");
        refuses(s -> s.preset = "warp", "preset 'warp'");
        refuses(s -> s.tune = "zerolatency,fast", "tune 'fast'");
        refuses(s -> s.profile = "high10", "profile 'high10'");
        refuses(s -> s.level = "9.9", "level '9.9'");
        refuses(s -> s.entropyCoding = "huffman", "entropy_coding 'huffman'");
        refuses(s -> s.motionEstimation = "esa", "motion_estimation 'esa'");
        refuses(s -> s.bFrames = 17, "b_frames 17");
        refuses(s -> s.crf = 60, "crf 60");
        refuses(s -> s.gopSize = 0, "gop_size 0");
        refuses(s -> s.bitrateKbps = 0, "bitrate_kbps 0");
    }

    @Test
    public void acceptsTheDefaultsAndCombinedTunes() throws EncoderException {
        EncoderSettings s = new EncoderSettings();
        X264Options.validate(s);
        s.tune = "zerolatency,fastdecode";
        s.level = "31";
        X264Options.validate(s);
        s.level = "1b";
        X264Options.validate(s);
    }

    private interface Change {
        void apply(EncoderSettings s);
    }

    private static void refuses(Change change, String problem) {
        EncoderSettings s = new EncoderSettings();
        change.apply(s);
        try {
            X264Options.validate(s);
            fail("accepted " + problem);
        } catch (EncoderException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains(problem));
        }
    }
}
