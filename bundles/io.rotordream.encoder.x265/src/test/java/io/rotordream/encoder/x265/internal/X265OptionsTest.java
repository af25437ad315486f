package io.rotordream.encoder.x265.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Map;

import org.junit.Test;

import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.encoder.RateControl;

public class X265OptionsTest {

    private static EncoderSettings h265() {
        EncoderSettings s = new EncoderSettings();
        s.codec = Codec.H265;
        s.profile = "main";
        return s;
    }

    @Test
    public void streamIsJoinableAtEveryKeyframe() throws Exception {
        Map<String, String> p = X265Options.of(h265()).params;
        assertEquals("1", p.get("annexb"));
        assertEquals("1", p.get("repeat-headers"));
        assertEquals("0", p.get("open-gop"));
        assertEquals("1280x720", p.get("input-res"));
        assertEquals("30/1", p.get("fps"));
        assertEquals("i420", p.get("input-csp"));
        assertEquals("30", p.get("keyint"));
    }

    @Test
    public void cbrPinsMaxrateToTheTargetWithOneSecondOfBuffer() throws Exception {
        EncoderSettings s = h265();
        s.bitrateKbps = 2000;
        Map<String, String> p = X265Options.of(s).params;
        assertEquals("2000", p.get("bitrate"));
        assertEquals("2000", p.get("vbv-maxrate"));
        assertEquals("2000", p.get("vbv-bufsize"));
        assertEquals("1", p.get("strict-cbr"));
    }

    @Test
    public void vbrCapsAboveTheTargetAndCrfKeepsItsQuality() throws Exception {
        EncoderSettings s = h265();
        s.rateControl = RateControl.VBR;
        s.bitrateKbps = 2000;
        s.vbvBufferKbit = 4000;
        Map<String, String> vbr = X265Options.of(s).params;
        assertEquals("2000", vbr.get("bitrate"));
        assertEquals("3000", vbr.get("vbv-maxrate"));
        assertEquals("4000", vbr.get("vbv-bufsize"));
        assertFalse(vbr.containsKey("strict-cbr"));

        s.rateControl = RateControl.CRF;
        s.crf = 26;
        Map<String, String> crf = X265Options.of(s).params;
        assertEquals("26.0", crf.get("crf"));
        assertEquals("2000", crf.get("vbv-maxrate"));
        // "bitrate" would switch x265 to ABR
        assertFalse(crf.containsKey("bitrate"));
    }

    @Test
    public void threadsSlicesAndGop() throws Exception {
        EncoderSettings s = h265();
        s.threads = 3;
        s.slices = 4;
        s.gopSize = 1;
        s.bFrames = 2;
        s.referenceFrames = 3;
        s.tune = "";
        X265Options o = X265Options.of(s);
        assertEquals("3", o.params.get("pools"));
        assertFalse(o.params.containsKey("frame-threads"));
        assertEquals("4", o.params.get("slices"));
        assertEquals("1", o.params.get("keyint"));
        assertEquals("2", o.params.get("bframes"));
        assertEquals("3", o.params.get("ref"));
        assertNull(o.tune);

        s.tune = "zerolatency";
        assertEquals("1", X265Options.of(s).params.get("frame-threads"));
    }

    @Test
    public void thePresetDecidesWhatTheOperatorLeftAlone() throws Exception {
        X265Options o = X265Options.of(h265());
        assertFalse(o.params.containsKey("ref"));
        assertFalse(o.params.containsKey("me"));
        assertFalse(o.params.containsKey("subme"));
        assertTrue(o.ignored.toString(), o.ignored.isEmpty());
        assertEquals("veryfast", o.preset);
        assertEquals("zerolatency", o.tune);

        EncoderSettings s = h265();
        s.motionEstimation = "umh";
        s.subpixelRefinement = 3;
        Map<String, String> p = X265Options.of(s).params;
        assertEquals("umh", p.get("me"));
        assertEquals("3", p.get("subme"));
    }

    @Test
    public void h264OnlySettingsAreReportedNotApplied() throws Exception {
        EncoderSettings s = h265();
        s.profile = "high";
        s.entropyCoding = "cavlc";
        s.subpixelRefinement = 9;
        X265Options o = X265Options.of(s);
        assertTrue(o.ignored.toString(), o.ignored.stream().anyMatch(i -> i.startsWith("profile high")));
        assertTrue(o.ignored.toString(), o.ignored.stream().anyMatch(i -> i.startsWith("entropy_coding cavlc")));
        assertTrue(o.ignored.toString(), o.ignored.stream().anyMatch(i -> i.startsWith("subpixel_refinement 9")));
        assertEquals("7", o.params.get("subme"));
    }

    @Test
    public void refusesWhatItCannotEncode() {
        EncoderSettings s = h265();
        s.inputFormat = PixelFormat.YUYV;
        expectRefusal(s, "YUYV");
        s = h265();
        s.codec = Codec.H264;
        expectRefusal(s, "H264");
        s = h265();
        s.width = 641;
        expectRefusal(s, "even");
    }

    private static void expectRefusal(EncoderSettings s, String because) {
        try {
            X265Options.of(s);
            fail("accepted " + s);
        } catch (EncoderException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(because));
        }
    }
}
