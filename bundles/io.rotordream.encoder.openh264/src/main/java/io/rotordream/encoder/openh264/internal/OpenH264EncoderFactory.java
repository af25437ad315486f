package io.rotordream.encoder.openh264.internal;

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

/** H.264 constrained baseline in software through Cisco OpenH264. Registers even without the library, saying why it cannot encode. */
@Component(service = EncoderFactory.class, property = EncoderFactory.BACKEND + "=" + OpenH264EncoderFactory.NAME)
public final class OpenH264EncoderFactory extends SoftwareEncoderFactory {

    static final String NAME = "openh264";
    private static final Logger LOG = LoggerFactory.getLogger(OpenH264EncoderFactory.class);

    private final boolean directEncodeFrame;

    @Activate
    public OpenH264EncoderFactory() {
        this(OpenH264Library.SONAME);
    }

    OpenH264EncoderFactory(String libraryName) {
        this(OpenH264Library.load(libraryName));
    }

    private OpenH264EncoderFactory(OpenH264Library library) {
        super(NAME, Codec.H264, List.of(OpenH264Config.PROFILE), library.availability, library.description);
        this.directEncodeFrame = library.directEncodeFrame;
        if (library.availability.available) {
            LOG.info("{}, EncodeFrame {}", library.description, directEncodeFrame ? "direct" : "through the vtable");
        } else {
            LOG.warn("openh264 backend {}", library.availability);
        }
    }

    boolean directEncodeFrame() {
        return directEncodeFrame;
    }

    @Override
    protected Encoder openEncoder(EncoderSettings settings) throws EncoderException {
        return OpenH264Encoder.open(settings, directEncodeFrame);
    }
}
