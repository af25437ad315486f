package io.rotordream.encoder.x264.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

import io.rotordream.encoder.support.AnnexB;
import io.rotordream.video.api.encoder.EncoderSettings;

public class AppliedSettingsTest {

    @Test
    public void reportsOnlyWhatX264Changed() {
        EncoderSettings requested = new EncoderSettings();
        requested.bFrames = 2;
        requested.level = "4";
        requested.threads = 0;
        requested.entropyCoding = "cabac";
        EncoderSettings applied = requested.copy();
        applied.bFrames = 0;
        applied.entropyCoding = "cavlc";
        applied.profile = "baseline";
        applied.level = "4.0";
        applied.threads = 3;
        assertEquals(List.of("b_frames 2 (x264 applied 0)", "entropy_coding cabac (x264 applied cavlc)",
                "profile high (x264 applied baseline)"), AppliedSettings.ignored(requested, applied));
    }

    @Test
    public void namesProfilesAndLevelsAsH264Does() {
        assertEquals("baseline", AppliedSettings.profileName(66));
        assertEquals("main", AppliedSettings.profileName(77));
        assertEquals("high", AppliedSettings.profileName(100));
        assertEquals("3.1", AppliedSettings.levelName(31));
        assertEquals("1b", AppliedSettings.levelName(9));
        assertEquals(31, AppliedSettings.levelIdc("3.1"));
        assertEquals(31, AppliedSettings.levelIdc("31"));
        assertEquals(40, AppliedSettings.levelIdc("4"));
        assertEquals(9, AppliedSettings.levelIdc("1b"));
    }

    @Test
    public void stripsEitherStartCode() {
        assertArrayEquals(new byte[] { 0x67, 1 }, AnnexB.withoutStartCode(new byte[] { 0, 0, 0, 1, 0x67, 1 }));
        assertArrayEquals(new byte[] { 0x68, 2 }, AnnexB.withoutStartCode(new byte[] { 0, 0, 1, 0x68, 2 }));
        assertArrayEquals(new byte[] { 0x68 }, AnnexB.withoutStartCode(new byte[] { 0x68 }));
    }
}
