package io.rotordream.encoder.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Set;

import org.junit.Test;

import io.rotordream.video.api.encoder.Availability;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;

public class SoftwareEncoderFactoryTest {

    private static final class Backend extends SoftwareEncoderFactory {
        int opened;

        Backend(Availability availability) {
            super("fake", Codec.H265, List.of("main"), availability, "libfake 1.0");
        }

        @Override
        protected Encoder openEncoder(EncoderSettings settings) {
            opened++;
            return null;
        }
    }

    @Test
    public void describesTheBackend() {
        Backend backend = new Backend(Availability.yes());
        assertEquals("fake", backend.name());
        assertEquals("libfake 1.0", backend.description());
        assertEquals(Set.of(Codec.H265), backend.codecs());
        assertEquals(List.of("main"), backend.profiles(Codec.H265));
        assertEquals(List.of(), backend.profiles(Codec.H264));
        assertFalse(backend.hardware());
    }

    @Test
    public void opensOnlyWhenAvailable() throws Exception {
        Backend available = new Backend(Availability.yes());
        available.open(new EncoderSettings());
        assertEquals(1, available.opened);

        Availability missing = Availability.no("libfake.so.1 cannot be loaded: no such file");
        Backend unavailable = new Backend(missing);
        assertSame(missing, unavailable.availability());
        try {
            unavailable.open(new EncoderSettings());
            fail("opened without a library");
        } catch (EncoderException expected) {
            assertEquals("fake backend unavailable: libfake.so.1 cannot be loaded: no such file", expected.getMessage());
        }
        assertEquals(0, unavailable.opened);
    }
}
