package io.rotordream.encoder.openh264.internal;

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

/** H.264 constrained baseline in software through Cisco OpenH264. Registers even without the library, saying why it cannot encode. */
@Component(service = EncoderFactory.class, property = EncoderFactory.BACKEND + "=" + OpenH264EncoderFactory.NAME)
public final class OpenH264EncoderFactory implements EncoderFactory {

    static final String NAME = "openh264";
    private static final Logger LOG = LoggerFactory.getLogger(OpenH264EncoderFactory.class);

    private final OpenH264Library library;

    @Activate
    public OpenH264EncoderFactory() {
        this(OpenH264Library.SONAME);
    }

    OpenH264EncoderFactory(String libraryName) {
        this.library = OpenH264Library.load(libraryName);
        if (library.availability.available) {
            LOG.info("{}, EncodeFrame {}", library.description, library.directEncodeFrame ? "direct" : "through the vtable");
        } else {
            LOG.warn("openh264 backend {}", library.availability);
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
        return Set.of(Codec.H264);
    }

    @Override
    public List<String> profiles(Codec codec) {
        return codec == Codec.H264 ? List.of(OpenH264Config.PROFILE) : List.of();
    }

    @Override
    public boolean hardware() {
        return false;
    }

    @Override
    public Availability availability() {
        return library.availability;
    }

    boolean directEncodeFrame() {
        return library.directEncodeFrame;
    }

    @Override
    public Encoder open(EncoderSettings settings) throws EncoderException {
        if (!library.availability.available) {
            throw new EncoderException("openh264 backend " + library.availability);
        }
        return OpenH264Encoder.open(settings, library.directEncodeFrame);
    }
}
