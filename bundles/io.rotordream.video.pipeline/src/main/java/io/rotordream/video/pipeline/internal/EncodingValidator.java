package io.rotordream.video.pipeline.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

import io.rotordream.config.api.ConfigRejectedException;
import io.rotordream.config.api.ConfigValidator;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.EncoderFactory;

/** Impossible encoder combinations, refused before anything is applied. */
@Component(configurationPid = EncodingConfig.PID, property = ConfigValidator.PID_PROPERTY + "=" + EncodingConfig.PID)
@Designate(ocd = EncodingConfig.class)
public final class EncodingValidator implements ConfigValidator {

    private final List<EncoderFactory> backends = new CopyOnWriteArrayList<>();
    private final List<EncodingProfileComponent> profiles = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addBackend(EncoderFactory f) {
        backends.add(f);
    }

    void removeBackend(EncoderFactory f) {
        backends.remove(f);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProfile(EncodingProfileComponent p) {
        profiles.add(p);
    }

    void removeProfile(EncodingProfileComponent p) {
        profiles.remove(p);
    }

    /** The validator reads its configuration from the write it checks, not from its own: nothing to do. */
    @Modified
    void modified() {
    }

    @Override
    public void validate(Map<String, Object> p) {
        String codec = String.valueOf(p.get("codec"));
        String profile = String.valueOf(p.get("profile"));
        if ("h264".equals(codec) && "baseline".equals(profile)) {
            if (((Number) p.get("b_frames")).intValue() > 0) {
                throw reject("b_frames", "the baseline profile has no B-frames; use main or high, or b_frames 0");
            }
            if ("cabac".equals(p.get("entropy_coding"))) {
                throw reject("entropy_coding", "the baseline profile codes with cavlc only");
            }
        }
        if ("h265".equals(codec) && !backends.isEmpty()
                && backends.stream().noneMatch(b -> b.codecs().contains(Codec.H265) && b.availability().available)) {
            throw reject("codec", "no available encoder backend encodes H.265 here");
        }
        String named = String.valueOf(p.get("encoding_profile"));
        if (!named.isBlank() && profiles.stream().noneMatch(x -> x.name().equals(named))) {
            throw reject("encoding_profile", "no encoding profile '" + named + "'; profiles: "
                    + profiles.stream().map(EncodingProfileComponent::name).sorted().toList());
        }
    }

    private static ConfigRejectedException reject(String key, String reason) {
        return new ConfigRejectedException(EncodingConfig.PID, key, reason);
    }
}
