package io.rotordream.encoder.x264.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.util.List;

import io.rotordream.video.api.encoder.ParameterSets;

/** The machine's libx264 and ffprobe for the encoding tests, and what they assert on streams. */
final class X264Fixture {

    private X264Fixture() {
    }

    /** The factory over the real library; the test is skipped where libx264 or ffprobe is missing. */
    static X264EncoderFactory factory() {
        X264EncoderFactory factory = new X264EncoderFactory();
        assumeTrue("libx264 " + factory.availability(), factory.availability().available);
        assumeTrue("ffprobe missing", Ffprobe.present());
        return factory;
    }

    static void assertStream(Ffprobe probe, int width, int height, String profile) {
        assertEquals("h264", probe.stream.path("codec_name").asText());
        assertEquals(width, probe.stream.path("width").asInt());
        assertEquals(height, probe.stream.path("height").asInt());
        assertEquals(profile, probe.stream.path("profile").asText());
    }

    /** Every IDR access unit starts with SPS and PPS (those of parameterSets()), then the slices. */
    static void assertParameterSetsBeforeEveryIdr(EncodeRun run, ParameterSets ps) {
        byte[] sps = ps.sps();
        byte[] pps = ps.pps();
        for (EncodeRun.Picture p : run.pictures) {
            List<Integer> types = p.nalTypes();
            if (types.contains(5)) {
                assertTrue("keyframe flag on IDR", p.keyframe());
                assertTrue(types.toString(), types.indexOf(7) >= 0 && types.indexOf(7) < types.indexOf(8)
                        && types.indexOf(8) < types.indexOf(5));
                assertTrue("in-band SPS equals parameterSets().sps()", contains(p.data(), sps));
                assertTrue("in-band PPS equals parameterSets().pps()", contains(p.data(), pps));
            } else {
                assertFalse("SPS only before IDRs", types.contains(7));
            }
        }
    }

    static long idrCount(EncodeRun run) {
        return run.pictures.stream().filter(p -> p.nalTypes().contains(5)).count();
    }

    static boolean contains(byte[] data, byte[] part) {
        outer: for (int i = 0; i + part.length <= data.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
