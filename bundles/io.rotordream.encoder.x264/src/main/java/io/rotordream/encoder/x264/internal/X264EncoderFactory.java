package io.rotordream.encoder.x264.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
public final class X264EncoderFactory implements EncoderFactory {

    static final String NAME = "x264";
    /** The soname of the build whose ABI this backend speaks (x264_encoder_open_164). */
    static final String LIBRARY = "libx264.so." + X264Layout.BUILD;

    private static final Logger LOG = LoggerFactory.getLogger(X264EncoderFactory.class);

    private final Availability availability;
    private final String description;

    @Activate
    public X264EncoderFactory() {
        this(LIBRARY);
    }

    X264EncoderFactory(String libraryName) {
        Availability a;
        String d;
        try {
            d = X264Library.load(libraryName).description();
            a = Availability.yes();
            LOG.info("x264 backend available: {}", d);
        } catch (X264Library.Unavailable e) {
            d = "libx264 build " + X264Layout.BUILD + " (not loaded)";
            a = Availability.no(e.getMessage());
            LOG.warn("x264 backend {}", a.reason);
        } catch (LinkageError | RuntimeException e) {
            // e.g. JNA's own native part cannot load on this platform: still never break activation
            d = "libx264 build " + X264Layout.BUILD + " (not loaded)";
            a = Availability.no("cannot load " + libraryName + " through JNA: " + e);
            LOG.warn("x264 backend {}", a.reason, e);
        }
        this.availability = a;
        this.description = d;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Set<Codec> codecs() {
        return Set.of(Codec.H264);
    }

    @Override
    public List<String> profiles(Codec codec) {
        return codec == Codec.H264 ? X264Options.PROFILES : List.of();
    }

    @Override
    public boolean hardware() {
        return false;
    }

    @Override
    public Availability availability() {
        return availability;
    }

    @Override
    public Encoder open(EncoderSettings settings) throws EncoderException {
        if (!availability.available) {
            throw new EncoderException("x264 backend " + availability.reason);
        }
        return X264Encoder.open(settings);
    }
}
