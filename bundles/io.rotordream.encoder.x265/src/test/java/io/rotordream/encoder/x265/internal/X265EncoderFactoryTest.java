package io.rotordream.encoder.x265.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.util.List;
import java.util.Set;

import org.junit.Test;

import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;

public class X265EncoderFactoryTest {

    @Test
    public void missingLibraryRegistersUnavailableAndRefusesToOpen() {
        X265EncoderFactory factory = new X265EncoderFactory("libx265-missing.so.0");
        assertFalse(factory.availability().available);
        assertTrue(factory.availability().reason, factory.availability().reason.startsWith("unavailable: "));
        assertTrue(factory.availability().reason, factory.availability().reason.contains("libx265-missing.so.0"));
        assertEquals("x265", factory.name());
        assertEquals(Set.of(Codec.H265), factory.codecs());
        EncoderSettings settings = new EncoderSettings();
        settings.codec = Codec.H265;
        try {
            factory.open(settings);
            fail("opened without a library");
        } catch (EncoderException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("libx265-missing.so.0"));
        }
    }

    @Test
    public void libraryWithoutTheApiBuildIsIncompatible() {
        // libc loads but has no x265_encoder_open_199
        X265EncoderFactory factory = new X265EncoderFactory("libc.so.6");
        assertFalse(factory.availability().available);
        assertTrue(factory.availability().reason, factory.availability().reason.contains("x265_encoder_open_199"));
    }

    @Test
    public void installedLibraryDescribesItself() {
        X265EncoderFactory factory = new X265EncoderFactory();
        assumeTrue(factory.availability().reason, factory.availability().available);
        assertTrue(factory.description(), factory.description().startsWith("libx265 "));
        assertEquals(List.of("main"), factory.profiles(Codec.H265));
        assertEquals(List.of(), factory.profiles(Codec.H264));
        assertFalse(factory.hardware());
    }
}
