package io.rotordream.encoder.x264.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.encoder.support.SoftwareEncoderFactory;
import io.rotordream.video.api.encoder.Availability;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderFactory;
import io.rotordream.video.api.encoder.EncoderSettings;

/**
 * The libx264 backend. It registers whether or not the library loads: without it,
 * {@link #availability()} says why and {@link #open} refuses, and the rest of the runtime goes on.
 */
@Component(service = EncoderFactory.class, property = EncoderFactory.BACKEND + "=" + X264EncoderFactory.NAME)
public final class X264EncoderFactory extends SoftwareEncoderFactory {

    static final String NAME = "x264";
    /** The soname of the build whose ABI this backend speaks (x264_encoder_open_164). */
    static final String LIBRARY = "libx264.so." + X264Layout.BUILD;

    private static final Logger LOG = LoggerFactory.getLogger(X264EncoderFactory.class);
    private static final String NOT_LOADED = "libx264 build " + X264Layout.BUILD + " (not loaded)";

    /** What loading the library found. */
    private record Loaded(Availability availability, String description) {
    }

    @Activate
    public X264EncoderFactory() {
        this(LIBRARY);
    }

    X264EncoderFactory(String libraryName) {
        this(load(libraryName));
    }

    private X264EncoderFactory(Loaded library) {
        super(NAME, Codec.H264, X264Options.PROFILES, library.availability(), library.description());
    }

    private static Loaded load(String libraryName) {
        try {
            String description = X264Library.load(libraryName).description();
            LOG.info("x264 backend available: {}", description);
            return new Loaded(Availability.yes(), description);
        } catch (X264Library.Unavailable e) {
            Availability a = Availability.no(e.getMessage());
            LOG.warn("x264 backend {}", a.reason);
            return new Loaded(a, NOT_LOADED);
        } catch (LinkageError | RuntimeException e) {
            // e.g. JNA's own native part cannot load on this platform: still never break activation
            Availability a = Availability.no("cannot load " + libraryName + " through JNA: " + e);
            LOG.warn("x264 backend {}", a.reason, e);
            return new Loaded(a, NOT_LOADED);
        }
    }

    @Override
    protected Encoder openEncoder(EncoderSettings settings) throws EncoderException {
        return X264Encoder.open(settings);
    }
}
