package io.rotordream.tuner.profiles.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.config.api.ConfigRejectedException;
import io.rotordream.config.api.ConfigService;
import io.rotordream.os.api.ThreadScheduling;
import io.rotordream.tuner.api.ProfileService;
import io.rotordream.tuner.api.TuningService;
import io.rotordream.tuner.api.dto.ProfileDTO;
import io.rotordream.tuner.api.dto.TuningResultDTO;

/**
 * The ProfileService. Ships the four profiles on first start (never overwriting one that exists),
 * reads profiles from Configuration Admin so API writes and file drops are alike, and applies them
 * through the TuningService, which may come and go.
 */
@Component(service = ProfileService.class, immediate = true)
public final class ProfileServiceComponent implements ProfileService {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileServiceComponent.class);

    private final Profiles profiles;
    private final ConfigService config;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile TuningService tuning;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ThreadScheduling scheduling;

    @Activate
    public ProfileServiceComponent(@Reference ConfigService config, @Reference ConfigurationAdmin cm) {
        this.config = config;
        ProfileStore store = new ProfileStore(cm);
        this.profiles = new Profiles(config, store::all, () -> tuning, new ProfileCompiler.Context() {
            @Override
            public List<Integer> cpus() {
                ThreadScheduling s = scheduling;
                Set<Integer> cpus = s == null ? Set.of() : s.allowedCpus();
                if (cpus.isEmpty()) {
                    cpus = new TreeSet<>();
                    for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
                        cpus.add(i);
                    }
                }
                return new ArrayList<>(new TreeSet<>(cpus));
            }

            @Override
            public Map<String, Object> effective(String pid) {
                try {
                    return ProfileServiceComponent.this.config.effective(pid);
                } catch (ConfigRejectedException e) {
                    return null;
                }
            }
        });
        seed(store);
    }

    private void seed(ProfileStore store) {
        Map<String, Map<String, Object>> present = store.all();
        ShippedProfiles.all().forEach((name, settings) -> {
            if (!present.containsKey(name)) {
                try {
                    config.update(ProfileStore.pid(name), settings);
                } catch (RuntimeException e) {
                    LOG.error("could not create the shipped profile {}: {}", name, e.getMessage());
                }
            }
        });
    }

    @Override
    public List<ProfileDTO> list() {
        return profiles.list();
    }

    @Override
    public ProfileDTO get(String name) {
        return profiles.get(name);
    }

    @Override
    public ProfileDTO save(String name, String description, String include, Map<String, Object> settings, boolean dryRun) {
        return profiles.save(name, description, include, settings, dryRun);
    }

    @Override
    public boolean delete(String name, boolean dryRun) {
        return profiles.delete(name, dryRun);
    }

    @Override
    public TuningResultDTO apply(String name, List<String> components, Set<String> confirm, boolean dryRun) {
        return profiles.apply(name, components, confirm, dryRun);
    }

    @Override
    public TuningResultDTO applySettings(Map<String, Object> settings, String origin, Set<String> confirm, boolean dryRun) {
        return profiles.applySettings(settings, origin, confirm, dryRun);
    }
}
