package io.rotordream.config.guard.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationPlugin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.config.api.ConfigRejectedException;
import io.rotordream.config.api.ConfigService;
import io.rotordream.config.api.ConfigValidator;
import io.rotordream.platform.api.DataDirectory;

/**
 * Guards every {@code rotordream.*} configuration. As a {@link ConfigurationPlugin} it sits between
 * Configuration Admin and the components: an invalid configuration (a bad file drop, a bad edit in
 * the Web Console) is logged with the offending key and the component receives the last valid one
 * instead, so the running configuration stays as it was.
 */
@Component(property = { ConfigurationPlugin.CM_RANKING + ":Integer=900" })
public final class ConfigGuardComponent implements ConfigService, ConfigurationPlugin {

    static final String NAMESPACE = "rotordream.";
    private static final Logger LOG = LoggerFactory.getLogger(ConfigGuardComponent.class);

    private final ConfigurationAdmin cm;
    private final MetatypeLookup metatypes;
    private final LastGoodStore lastGood;
    private final Map<String, List<ConfigValidator>> validators = new ConcurrentHashMap<>();
    private final Set<String> reported = Collections.newSetFromMap(new ConcurrentHashMap<>());

    @Activate
    public ConfigGuardComponent(BundleContext context, @Reference ConfigurationAdmin cm,
            @Reference MetaTypeService metatype, @Reference DataDirectory data) {
        this.cm = cm;
        this.metatypes = new MetatypeLookup(context, metatype);
        this.lastGood = new LastGoodStore(data.state("config"));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addValidator(ConfigValidator validator, Map<String, Object> props) {
        for (String pid : pids(props)) {
            validators.computeIfAbsent(pid, p -> new CopyOnWriteArrayList<>()).add(validator);
        }
    }

    void removeValidator(ConfigValidator validator, Map<String, Object> props) {
        for (String pid : pids(props)) {
            List<ConfigValidator> list = validators.get(pid);
            if (list != null) {
                list.remove(validator);
            }
        }
    }

    private static List<String> pids(Map<String, Object> props) {
        Object v = props.get(ConfigValidator.PID_PROPERTY);
        if (v instanceof String s) {
            return List.of(s);
        }
        if (v instanceof String[] a) {
            return List.of(a);
        }
        return List.of();
    }

    // --- ConfigurationPlugin ---------------------------------------------------------------

    @Override
    public void modifyConfiguration(ServiceReference<?> reference, Dictionary<String, Object> props) {
        Object pidValue = props.get(Constants.SERVICE_PID);
        if (!(pidValue instanceof String pid) || !pid.startsWith(NAMESPACE)) {
            return;
        }
        Map<String, Object> stored = toMap(props);
        try {
            Map<String, Object> typed = checkAll(pid, stored);
            lastGood.remember(pid, typed);
        } catch (ConfigRejectedException e) {
            if (reported.add(pid + "@" + stored.hashCode())) {
                Object file = props.get("felix.fileinstall.filename");
                LOG.error("Rejected configuration {}{}: {}: {}; the running configuration is kept", pid,
                        file == null ? "" : " from " + file, e.key() == null ? "" : e.key(), e.reason());
            }
            substitute(pid, props);
        } catch (IOException e) {
            LOG.error("Cannot persist the last valid configuration of {}: {}", pid, e.toString());
        }
    }

    private void substitute(String pid, Dictionary<String, Object> props) {
        for (String key : Collections.list(props.keys())) {
            if (!ConfigChecker.isFrameworkKey(key)) {
                props.remove(key);
            }
        }
        Map<String, Object> good = lastGoodTyped(pid);
        if (good != null) {
            good.forEach(props::put);
        }
    }

    // --- ConfigService ---------------------------------------------------------------------

    @Override
    public Map<String, Object> effective(String pid) {
        ObjectClassDefinition ocd = ocd(pid);
        Map<String, Object> out = new LinkedHashMap<>(ConfigChecker.defaults(pid, ocd));
        Map<String, Object> good = lastGoodTyped(pid);
        if (good != null) {
            out.putAll(good);
        } else {
            Map<String, Object> stored = stored(pid);
            if (stored != null) {
                try {
                    out.putAll(checkAll(pid, stored));
                } catch (ConfigRejectedException ignored) {
                    // defaults stand
                }
            }
        }
        return out;
    }

    @Override
    public void validate(String pid, Map<String, Object> changes) {
        checkAll(pid, merge(pid, changes));
    }

    @Override
    public synchronized Map<String, Object> update(String pid, Map<String, Object> changes) {
        Map<String, Object> typed = checkAll(pid, merge(pid, changes));
        try {
            configuration(pid).updateIfDifferent(new Hashtable<>(typed));
            lastGood.remember(pid, typed);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write configuration " + pid + ": " + e.getMessage(), e);
        }
        return effective(pid);
    }

    @Override
    public synchronized Map<String, Map<String, Object>> updateAll(Map<String, Map<String, Object>> changes) {
        Map<String, Map<String, Object>> typed = new LinkedHashMap<>();
        changes.forEach((pid, c) -> typed.put(pid, checkAll(pid, merge(pid, c))));
        Map<String, Hashtable<String, Object>> before = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Map<String, Object>> e : typed.entrySet()) {
                Configuration c = configuration(e.getKey());
                Dictionary<String, Object> old = c.getProperties();
                before.put(e.getKey(), old == null ? null : copy(old));
                c.updateIfDifferent(new Hashtable<>(e.getValue()));
                lastGood.remember(e.getKey(), e.getValue());
            }
        } catch (IOException | RuntimeException e) {
            rollback(before);
            if (e instanceof ConfigRejectedException r) {
                throw r;
            }
            throw new IllegalStateException("configuration change failed and was rolled back: " + e.getMessage(), e);
        }
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        typed.keySet().forEach(pid -> out.put(pid, effective(pid)));
        return out;
    }

    /** Puts back what was there before a failed multi-PID change, newest first. */
    private void rollback(Map<String, Hashtable<String, Object>> before) {
        java.util.List<String> pids = new java.util.ArrayList<>(before.keySet());
        java.util.Collections.reverse(pids);
        for (String pid : pids) {
            try {
                Hashtable<String, Object> old = before.get(pid);
                Configuration c = configuration(pid);
                if (old == null) {
                    c.delete();
                } else {
                    c.updateIfDifferent(old);
                    Map<String, Object> restored = new LinkedHashMap<>(old);
                    restored.keySet().removeIf(ConfigChecker::isFrameworkKey);
                    lastGood.remember(pid, restored);
                }
            } catch (IOException | RuntimeException e) {
                LOG.error("rollback of {} failed: {}", pid, e.toString());
            }
        }
    }

    private static Hashtable<String, Object> copy(Dictionary<String, Object> d) {
        Hashtable<String, Object> h = new Hashtable<>();
        for (Enumeration<String> keys = d.keys(); keys.hasMoreElements();) {
            String k = keys.nextElement();
            h.put(k, d.get(k));
        }
        return h;
    }

    @Override
    public synchronized boolean delete(String pid) {
        try {
            Configuration[] found = cm.listConfigurations("(" + Constants.SERVICE_PID + "=" + pid + ")");
            if (found == null || found.length == 0) {
                return false;
            }
            found[0].delete();
            lastGood.forget(pid);
            return true;
        } catch (IOException | org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException("cannot delete configuration " + pid + ": " + e.getMessage(), e);
        }
    }

    @Override
    public java.util.List<String> factoryPids(String factoryPid) {
        try {
            Configuration[] found = cm.listConfigurations("(service.factoryPid=" + factoryPid + ")");
            if (found == null) {
                return java.util.List.of();
            }
            return java.util.Arrays.stream(found).map(Configuration::getPid).sorted().toList();
        } catch (IOException | org.osgi.framework.InvalidSyntaxException e) {
            return java.util.List.of();
        }
    }

    private Map<String, Object> merge(String pid, Map<String, Object> changes) {
        Map<String, Object> base = lastGoodTyped(pid);
        if (base == null) {
            // Nothing valid was ever delivered: start from what is stored, which the check refuses if bad.
            base = stored(pid);
        }
        if (base == null) {
            base = Map.of();
        }
        Map<String, Object> merged = new LinkedHashMap<>(base);
        merged.keySet().removeIf(ConfigChecker::isFrameworkKey);
        changes.forEach((k, v) -> {
            if (v == null) {
                merged.remove(k);
            } else {
                merged.put(k, v);
            }
        });
        return merged;
    }

    private Map<String, Object> checkAll(String pid, Map<String, Object> props) {
        String schema = schemaPid(pid);
        Map<String, Object> typed = ConfigChecker.check(pid, ocd(pid), props);
        for (ConfigValidator v : validators.getOrDefault(schema, List.of())) {
            Map<String, Object> complete = new LinkedHashMap<>(ConfigChecker.defaults(pid, ocd(pid)));
            complete.putAll(typed);
            v.validate(Collections.unmodifiableMap(complete));
        }
        return typed;
    }

    private Map<String, Object> lastGoodTyped(String pid) {
        Map<String, Object> raw = lastGood.get(pid);
        if (raw == null) {
            return null;
        }
        try {
            return ConfigChecker.check(pid, ocd(pid), raw);
        } catch (ConfigRejectedException e) {
            return null; // the metatype changed since: it no longer describes what was kept
        }
    }

    private ObjectClassDefinition ocd(String pid) {
        ObjectClassDefinition ocd = metatypes.find(schemaPid(pid));
        if (ocd == null) {
            throw new ConfigRejectedException(pid, null, "no component describes this configuration");
        }
        return ocd;
    }

    /** {@code factory~name} is checked against the factory's metatype. */
    static String schemaPid(String pid) {
        int tilde = pid.indexOf('~');
        return tilde < 0 ? pid : pid.substring(0, tilde);
    }

    private Configuration configuration(String pid) throws IOException {
        int tilde = pid.indexOf('~');
        if (tilde < 0) {
            return cm.getConfiguration(pid, "?");
        }
        return cm.getFactoryConfiguration(pid.substring(0, tilde), pid.substring(tilde + 1), "?");
    }

    private Map<String, Object> stored(String pid) {
        try {
            Configuration[] found = cm.listConfigurations("(" + Constants.SERVICE_PID + "=" + pid + ")");
            if (found == null || found.length == 0 || found[0].getProperties() == null) {
                return null;
            }
            return toMap(found[0].getProperties());
        } catch (IOException | org.osgi.framework.InvalidSyntaxException e) {
            return null;
        }
    }

    private static Map<String, Object> toMap(Dictionary<String, Object> d) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Enumeration<String> keys = d.keys(); keys.hasMoreElements();) {
            String k = keys.nextElement();
            m.put(k, d.get(k));
        }
        return m;
    }
}
