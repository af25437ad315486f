package io.rotordream.encoder.x265.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.encoder.support.SoftwareEncoderFactory;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderFactory;
import io.rotordream.video.api.encoder.EncoderSettings;

/** H.265 in software through libx265. Registers even without the library, saying why it cannot encode. */
@Component(service = EncoderFactory.class, property = EncoderFactory.BACKEND + "=" + X265EncoderFactory.NAME)
public final class X265EncoderFactory extends SoftwareEncoderFactory {

    static final String NAME = "x265";
    private static final Logger LOG = LoggerFactory.getLogger(X265EncoderFactory.class);

    @Activate
    public X265EncoderFactory() {
        this(X265Library.SONAME);
    }

    X265EncoderFactory(String libraryName) {
        this(X265Library.load(libraryName));
    }

    private X265EncoderFactory(X265Library library) {
        super(NAME, Codec.H265, List.of(X265Options.PROFILE), library.availability, library.description);
        if (library.availability.available) {
            LOG.info("{}", library.description);
        } else {
            LOG.warn("x265 backend {}", library.availability);
        }
    }

    @Override
    protected Encoder openEncoder(EncoderSettings settings) throws EncoderException {
        return X265Encoder.open(settings);
    }
}
