package io.rotordream.encoder.x265.internal;

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

/** H.265 in software through libx265. Registers even without the library, saying why it cannot encode. */
@Component(service = EncoderFactory.class, property = EncoderFactory.BACKEND + "=" + X265EncoderFactory.NAME)
public final class X265EncoderFactory implements EncoderFactory {

    static final String NAME = "x265";
    private static final Logger LOG = LoggerFactory.getLogger(X265EncoderFactory.class);

    private final X265Library library;

    @Activate
    public X265EncoderFactory() {
        this(X265Library.SONAME);
    }

    X265EncoderFactory(String libraryName) {
        this.library = X265Library.load(libraryName);
        if (library.availability.available) {
            LOG.info("{}", library.description);
        } else {
            LOG.warn("x265 backend {}", library.availability);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return library.description;
    }

    @Override
    public Set<Codec> codecs() {
        return Set.of(Codec.H265);
    }

    @Override
    public List<String> profiles(Codec codec) {
        return codec == Codec.H265 ? List.of(X265Options.PROFILE) : List.of();
    }

    @Override
    public boolean hardware() {
        return false;
    }

    @Override
    public Availability availability() {
        return library.availability;
    }

    @Override
    public Encoder open(EncoderSettings settings) throws EncoderException {
        if (!library.availability.available) {
            throw new EncoderException("x265 backend " + library.availability);
        }
        return X265Encoder.open(settings);
    }
}
