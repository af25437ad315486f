package io.rotordream.tuner.profiles.internal;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import io.rotordream.tuner.api.ProfileService;

/** The profiles' own settings as stored (API writes and file drops alike), only the keys each has. */
final class ProfileStore {

    private final ConfigurationAdmin cm;

    ProfileStore(ConfigurationAdmin cm) {
        this.cm = cm;
    }

    /** Name to own settings (with include and description), sorted by name. */
    Map<String, Map<String, Object>> all() {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        try {
            Configuration[] found = cm.listConfigurations("(service.factoryPid=" + ProfileService.FACTORY_PID + ")");
            if (found != null) {
                for (Configuration c : found) {
                    String pid = c.getPid();
                    int tilde = pid.indexOf('~');
                    if (tilde > 0 && c.getProperties() != null) {
                        out.put(pid.substring(tilde + 1), own(c.getProperties()));
                    }
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("cannot list profiles: " + e.getMessage(), e);
        }
        return out;
    }

    Map<String, Object> get(String name) {
        return all().get(name);
    }

    static String pid(String name) {
        return ProfileService.FACTORY_PID + "~" + name;
    }

    private static Map<String, Object> own(Dictionary<String, Object> d) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Enumeration<String> keys = d.keys(); keys.hasMoreElements();) {
            String k = keys.nextElement();
            if (!k.startsWith("service.") && !k.startsWith("felix.") && !k.startsWith("component.") && !k.startsWith(".")) {
                m.put(k, d.get(k));
            }
        }
        return m;
    }
}
