package io.rotordream.video.api.encoder;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One backend (libx264, libopenh264, libx265, a hardware block), registered as a service with the
 * {@link #BACKEND} property. A backend whose library is missing still registers and says why in
 * {@link #availability()}; it never breaks the runtime.
 */
@ConsumerType
public interface EncoderFactory {

    /** Service property: the backend's name, e.g. {@code x264}. */
    String BACKEND = "rotordream.encoder.backend";

    String name();

    /** e.g. "libx264 core 164 (Debian libx264-164)". */
    String description();

    Set<Codec> codecs();

    /** Profiles per codec, e.g. baseline, main, high. */
    List<String> profiles(Codec codec);

    boolean hardware();

    Availability availability();

    /**
     * @throws EncoderException when the library refuses the settings, saying which
     */
    Encoder open(EncoderSettings settings) throws EncoderException;
}
