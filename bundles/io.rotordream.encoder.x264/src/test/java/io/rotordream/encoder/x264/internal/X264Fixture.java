package io.rotordream.encoder.x264.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.util.ArrayList;
import java.util.List;

import io.rotordream.encoder.support.AnnexB;
import io.rotordream.encoder.testkit.EncodedStream;
import io.rotordream.encoder.testkit.FfProbe;
import io.rotordream.video.api.encoder.ParameterSets;

/** The machine's libx264 and ffprobe for the encoding tests, and what they assert on streams. */
final class X264Fixture {

    private X264Fixture() {
    }

    /** The factory over the real library; the test is skipped where libx264 or ffprobe is missing. */
    static X264EncoderFactory factory() {
        X264EncoderFactory factory = new X264EncoderFactory();
        assumeTrue("libx264 " + factory.availability(), factory.availability().available);
        assumeTrue("ffprobe missing", FfProbe.available());
        return factory;
    }

    static void assertStream(FfProbe probe, int width, int height, String profile) {
        assertEquals("h264", probe.stream.get("codec_name"));
        assertEquals(width, Integer.parseInt(probe.stream.get("width")));
        assertEquals(height, Integer.parseInt(probe.stream.get("height")));
        assertEquals(profile, probe.stream.get("profile"));
    }

    /** Every IDR access unit starts with SPS and PPS (those of parameterSets()), then the slices. */
    static void assertParameterSetsBeforeEveryIdr(EncodedStream stream, ParameterSets ps) {
        byte[] sps = ps.sps();
        byte[] pps = ps.pps();
        for (EncodedStream.Picture p : stream.pictures) {
            List<Integer> types = nalTypes(p);
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

    static long idrCount(EncodedStream stream) {
        return stream.pictures.stream().filter(p -> nalTypes(p).contains(5)).count();
    }

    /** nal_unit_type of each NAL unit of the picture, in order. */
    static List<Integer> nalTypes(EncodedStream.Picture p) {
        List<Integer> types = new ArrayList<>();
        for (byte[] nal : p.nalUnits()) {
            types.add(AnnexB.h264Type(nal));
        }
        return types;
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
