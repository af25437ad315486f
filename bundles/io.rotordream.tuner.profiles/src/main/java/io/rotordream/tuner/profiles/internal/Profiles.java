package io.rotordream.tuner.profiles.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.rotordream.config.api.ConfigRejectedException;
import io.rotordream.config.api.ConfigService;
import io.rotordream.tuner.api.ProfileService;
import io.rotordream.tuner.api.TuningException;
import io.rotordream.tuner.api.TuningRequest;
import io.rotordream.tuner.api.TuningService;
import io.rotordream.tuner.api.dto.ProfileDTO;
import io.rotordream.tuner.api.dto.TuningResultDTO;

/** Profiles: listing, saving with validation and inheritance checks, deleting, applying. Plain Java. */
final class Profiles {

    /** A name that is never a profile's: direct settings are validated as this profile's would be. */
    private static final String CHECK = ProfileStore.pid("_settings_check");

    private final ConfigService config;
    private final Supplier<Map<String, Map<String, Object>>> stored;
    private final Supplier<TuningService> tuning;
    private final ProfileCompiler.Context context;

    Profiles(ConfigService config, Supplier<Map<String, Map<String, Object>>> stored, Supplier<TuningService> tuning,
            ProfileCompiler.Context context) {
        this.config = config;
        this.stored = stored;
        this.tuning = tuning;
        this.context = context;
    }

    List<ProfileDTO> list() {
        Map<String, Map<String, Object>> all = stored.get();
        String active = activeName();
        List<ProfileDTO> out = new ArrayList<>();
        for (String name : all.keySet()) {
            out.add(dto(name, all, active));
        }
        return out;
    }

    ProfileDTO get(String name) {
        Map<String, Map<String, Object>> all = stored.get();
        return all.containsKey(name) ? dto(name, all, activeName()) : null;
    }

    private ProfileDTO dto(String name, Map<String, Map<String, Object>> all, String active) {
        Map<String, Object> own = all.get(name);
        ProfileDTO d = new ProfileDTO();
        d.name = name;
        d.description = own.get(ProfileResolver.DESCRIPTION) == null ? null : String.valueOf(own.get(ProfileResolver.DESCRIPTION));
        Object inc = own.get(ProfileResolver.INCLUDE);
        d.include = inc == null || String.valueOf(inc).isBlank() ? null : String.valueOf(inc);
        d.shipped = ProfileService.SHIPPED.contains(name);
        d.active = name.equals(active);
        own.forEach((k, v) -> {
            if (!ProfileResolver.INCLUDE.equals(k) && !ProfileResolver.DESCRIPTION.equals(k)) {
                d.settings.put(k, Values.plain(v));
            }
        });
        try {
            ProfileResolver.Resolved r = ProfileResolver.resolve(name, all::get);
            d.chain.addAll(r.chain());
            ProfileResolver.effective(r.settings()).forEach((k, v) -> d.resolved.put(k, Values.plain(v)));
        } catch (TuningException e) {
            d.chain.add(name);
            d.resolved.put("error", e.getMessage());
        }
        return d;
    }

    private String activeName() {
        TuningService t = tuning.get();
        return t == null ? null : t.active().profile;
    }

    ProfileDTO save(String name, String description, String include, Map<String, Object> settings, boolean dryRun) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
            throw Settings.invalid("name", "'" + name + "' is not a profile name (a-z, 0-9, _ and -, at most 64)");
        }
        Map<String, Object> own = new LinkedHashMap<>(settings);
        if (own.containsKey(ProfileResolver.INCLUDE) || own.containsKey(ProfileResolver.DESCRIPTION)) {
            throw Settings.invalid("settings", "include and description are fields of the profile, not settings");
        }
        if (description != null) {
            own.put(ProfileResolver.DESCRIPTION, description);
        }
        if (include != null && !include.isBlank()) {
            own.put(ProfileResolver.INCLUDE, include);
        }
        validate(own);
        Map<String, Map<String, Object>> all = new LinkedHashMap<>(stored.get());
        all.put(name, own);
        ProfileResolver.resolve(name, all::get); // a missing include or a cycle is refused here
        if (!dryRun) {
            Map<String, Object> write = new LinkedHashMap<>(own);
            Map<String, Object> before = stored.get().get(name);
            if (before != null) {
                before.keySet().forEach(k -> write.putIfAbsent(k, null)); // a replace: keys left out go
            }
            config.update(ProfileStore.pid(name), write);
        }
        return dto(name, all, activeName());
    }

    private void validate(Map<String, Object> settings) {
        try {
            config.validate(CHECK, settings);
        } catch (ConfigRejectedException e) {
            throw Settings.invalid(e.key() == null ? "settings" : e.key(), e.reason());
        }
    }

    boolean delete(String name, boolean dryRun) {
        Map<String, Map<String, Object>> all = stored.get();
        if (!all.containsKey(name)) {
            return false;
        }
        if (ProfileService.SHIPPED.contains(name)) {
            throw conflict(name, "is shipped with the firmware; change its settings instead");
        }
        if (name.equals(activeName())) {
            throw conflict(name, "is the active profile; apply another or revert first");
        }
        for (Map.Entry<String, Map<String, Object>> e : all.entrySet()) {
            if (name.equals(String.valueOf(e.getValue().get(ProfileResolver.INCLUDE)))) {
                throw conflict(name, "is included by profile " + e.getKey());
            }
        }
        if (!dryRun) {
            config.delete(ProfileStore.pid(name));
        }
        return true;
    }

    private static TuningException conflict(String name, String why) {
        return new TuningException(TuningException.Kind.CONFLICT, name, "name", null, "profile " + name + " " + why,
                List.of());
    }

    TuningResultDTO apply(String name, List<String> components, Set<String> confirm, boolean dryRun) {
        Map<String, Map<String, Object>> all = stored.get();
        if (!all.containsKey(name)) {
            throw Settings.invalid("profile", "no profile '" + name + "'; profiles: " + all.keySet());
        }
        validate(all.get(name));
        ProfileResolver.Resolved r = ProfileResolver.resolve(name, all::get);
        TuningRequest req = new TuningRequest();
        req.profile = name;
        if (components != null) {
            req.components.addAll(components);
        }
        return push(r.settings(), Parts.of(components), true, req, confirm, dryRun);
    }

    TuningResultDTO applySettings(Map<String, Object> settings, String origin, Set<String> confirm, boolean dryRun) {
        validate(settings);
        TuningRequest req = new TuningRequest();
        req.origin = origin;
        return push(settings, Parts.of(null), false, req, confirm, dryRun);
    }

    private TuningResultDTO push(Map<String, Object> settings, Set<String> pids, boolean profile, TuningRequest req,
            Set<String> confirm, boolean dryRun) {
        TuningService t = tuning.get();
        if (t == null) {
            throw new IllegalStateException("the tuning service is not running");
        }
        ProfileCompiler.checkLatency(settings, context::effective);
        List<String> notes = ProfileCompiler.compile(settings, pids, profile, context, req);
        // A plugin or subsystem stopped right now (a bundle being updated) takes no part: its
        // configuration has no metatype to validate against. Say so rather than fail the rest.
        req.changes.keySet().removeIf(pid -> {
            boolean absent = context.effective(pid) == null;
            if (absent) {
                notes.add(pid + " is not running (its bundle is stopped or being updated): its settings were not applied");
            }
            return absent;
        });
        if (confirm != null) {
            req.confirm.addAll(confirm);
        }
        req.dryRun = dryRun;
        TuningResultDTO result = t.apply(req);
        result.notes.addAll(0, notes);
        return result;
    }
}
