package io.rotordream.tuner.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.rotordream.config.api.ConfigRejectedException;
import io.rotordream.config.api.ConfigService;

/** Configuration Admin and the guard in memory: known PIDs with defaults, validators per PID. */
final class FakeConfigService implements ConfigService {

    final Map<String, Map<String, Object>> defaults = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> stored = new LinkedHashMap<>();
    final Map<String, Consumer<Map<String, Object>>> validators = new LinkedHashMap<>();
    final List<String> writes = new ArrayList<>();

    FakeConfigService pid(String pid, Map<String, Object> defaultValues) {
        defaults.put(pid, new LinkedHashMap<>(defaultValues));
        return this;
    }

    @Override
    public Map<String, Object> effective(String pid) {
        Map<String, Object> d = defaults.get(pid);
        if (d == null) {
            throw new ConfigRejectedException(pid, null, "no component describes this configuration");
        }
        Map<String, Object> out = new LinkedHashMap<>(d);
        out.putAll(stored.getOrDefault(pid, Map.of()));
        return out;
    }

    @Override
    public void validate(String pid, Map<String, Object> changes) {
        check(pid, merge(pid, changes));
    }

    private Map<String, Object> merge(String pid, Map<String, Object> changes) {
        Map<String, Object> m = new LinkedHashMap<>(stored.getOrDefault(pid, Map.of()));
        changes.forEach((k, v) -> {
            if (v == null) {
                m.remove(k);
            } else {
                m.put(k, v);
            }
        });
        return m;
    }

    private void check(String pid, Map<String, Object> merged) {
        Map<String, Object> d = defaults.get(pid);
        if (d == null) {
            throw new ConfigRejectedException(pid, null, "no component describes this configuration");
        }
        for (String k : merged.keySet()) {
            if (!d.containsKey(k)) {
                throw new ConfigRejectedException(pid, k, "unknown key");
            }
        }
        Consumer<Map<String, Object>> v = validators.get(pid);
        if (v != null) {
            Map<String, Object> complete = new LinkedHashMap<>(d);
            complete.putAll(merged);
            v.accept(complete);
        }
    }

    @Override
    public Map<String, Object> update(String pid, Map<String, Object> changes) {
        Map<String, Object> m = merge(pid, changes);
        check(pid, m);
        stored.put(pid, m);
        writes.add(pid);
        return effective(pid);
    }

    @Override
    public Map<String, Map<String, Object>> updateAll(Map<String, Map<String, Object>> changes) {
        changes.forEach((pid, c) -> check(pid, merge(pid, c)));
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        changes.forEach((pid, c) -> out.put(pid, update(pid, c)));
        return out;
    }

    @Override
    public boolean delete(String pid) {
        return stored.remove(pid) != null;
    }

    @Override
    public List<String> factoryPids(String factoryPid) {
        return stored.keySet().stream().filter(p -> p.startsWith(factoryPid + "~")).toList();
    }
}
