package io.rotordream.encoder.openh264.internal;

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

public class OpenH264EncoderFactoryTest {

    @Test
    public void missingLibraryRegistersUnavailableAndRefusesToOpen() {
        OpenH264EncoderFactory factory = new OpenH264EncoderFactory("libopenh264-missing.so.0");
        assertFalse(factory.availability().available);
        assertTrue(factory.availability().reason, factory.availability().reason.startsWith("unavailable: "));
        assertTrue(factory.availability().reason, factory.availability().reason.contains("libopenh264-missing.so.0"));
        assertEquals("openh264", factory.name());
        assertEquals(Set.of(Codec.H264), factory.codecs());
        try {
            factory.open(new EncoderSettings());
            fail("opened without a library");
        } catch (EncoderException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("libopenh264-missing.so.0"));
        }
    }

    @Test
    public void libraryWithoutTheEncoderApiIsIncompatible() {
        OpenH264EncoderFactory factory = new OpenH264EncoderFactory("libc.so.6");
        assertFalse(factory.availability().available);
        assertTrue(factory.availability().reason, factory.availability().reason.contains("lacks the OpenH264 encoder API"));
    }

    @Test
    public void installedLibraryDescribesItself() {
        OpenH264EncoderFactory factory = new OpenH264EncoderFactory();
        assumeTrue(factory.availability().reason, factory.availability().available);
        assertTrue(factory.description(), factory.description().startsWith("Cisco OpenH264 2."));
        assertEquals(List.of("baseline"), factory.profiles(Codec.H264));
        assertEquals(List.of(), factory.profiles(Codec.H265));
        assertFalse(factory.hardware());
    }
}
