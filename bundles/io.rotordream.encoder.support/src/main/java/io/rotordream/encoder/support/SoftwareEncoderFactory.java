package io.rotordream.encoder.support;

import java.util.List;
import java.util.Set;

import io.rotordream.video.api.encoder.Availability;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderFactory;
import io.rotordream.video.api.encoder.EncoderSettings;

/**
 * The factory of a software backend over one native library and one codec. It registers whether
 * or not the library loaded (the subclass loads it, never throwing, before calling the
 * constructor): without it, {@link #availability()} says why and {@link #open} refuses with that
 * reason, and the rest of the runtime goes on. The subclass is the DS component.
 */
public abstract class SoftwareEncoderFactory implements EncoderFactory {

    private final String name;
    private final Codec codec;
    private final List<String> profiles;
    private final Availability availability;
    private final String description;

    /**
     * @param name the {@link EncoderFactory#BACKEND} name
     * @param profiles the profiles of {@code codec} the backend encodes
     * @param availability what loading the library found
     * @param description the library as loaded, or as looked for
     */
    protected SoftwareEncoderFactory(String name, Codec codec, List<String> profiles, Availability availability,
            String description) {
        this.name = name;
        this.codec = codec;
        this.profiles = List.copyOf(profiles);
        this.availability = availability;
        this.description = description;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Set<Codec> codecs() {
        return Set.of(codec);
    }

    @Override
    public final List<String> profiles(Codec c) {
        return c == codec ? profiles : List.of();
    }

    @Override
    public final boolean hardware() {
        return false;
    }

    @Override
    public final Availability availability() {
        return availability;
    }

    /** @throws EncoderException with the reason when the library is unavailable */
    @Override
    public final Encoder open(EncoderSettings settings) throws EncoderException {
        if (!availability.available) {
            throw new EncoderException(name + " backend " + availability.reason);
        }
        return openEncoder(settings);
    }

    /** Opens an encoder; called only when the library is available. */
    protected abstract Encoder openEncoder(EncoderSettings settings) throws EncoderException;
}
