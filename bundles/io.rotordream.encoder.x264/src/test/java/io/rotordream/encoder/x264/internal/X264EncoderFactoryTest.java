package io.rotordream.encoder.x264.internal;

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

public class X264EncoderFactoryTest {

    @Test
    public void describesTheBackend() {
        X264EncoderFactory f = new X264EncoderFactory();
        assertEquals("x264", f.name());
        assertEquals(Set.of(Codec.H264), f.codecs());
        assertEquals(List.of("baseline", "main", "high"), f.profiles(Codec.H264));
        assertEquals(List.of(), f.profiles(Codec.H265));
        assertFalse(f.hardware());
        assertTrue(f.description(), f.description().startsWith("libx264 build 164"));
    }

    @Test
    public void loadsTheMachinesLibrary() {
        assumeTrue("no libx264.so.164 here",
                java.nio.file.Files.exists(java.nio.file.Path.of("/usr/lib/x86_64-linux-gnu/libx264.so.164")));
        X264EncoderFactory f = new X264EncoderFactory();
        assertTrue(f.availability().reason, f.availability().available);
    }

    @Test
    public void missingLibraryIsUnavailableWithReason() {
        X264EncoderFactory f = new X264EncoderFactory("libx264-does-not-exist.so.999");
        assertFalse(f.availability().available);
        assertTrue(f.availability().reason, f.availability().reason.startsWith(
                "unavailable: libx264-does-not-exist.so.999 not found (libx264-does-not-exist.so.999: cannot open"));
        try {
            f.open(new EncoderSettings()).close();
            fail("opened without a library");
        } catch (EncoderException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("libx264-does-not-exist.so.999 not found"));
        }
    }

    @Test
    public void libraryWithoutX264SymbolsIsIncompatible() {
        X264EncoderFactory f = new X264EncoderFactory("libz.so.1");
        assumeTrue("libz.so.1 not loadable here", !f.availability().reason.contains("not found"));
        assertFalse(f.availability().available);
        assertTrue(f.availability().reason, f.availability().reason.contains("lacks x264_param_default"));
        assertTrue(f.availability().reason, f.availability().reason.contains("not libx264 build 164"));
    }
}
