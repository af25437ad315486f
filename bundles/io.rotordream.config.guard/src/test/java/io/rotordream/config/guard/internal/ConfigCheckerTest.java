package io.rotordream.config.guard.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

import io.rotordream.config.api.ConfigRejectedException;

public class ConfigCheckerTest {

    record Ad(String id, int type, int cardinality, Integer min, Integer max, String[] options, String[] dflt)
            implements AttributeDefinition {
        @Override public String getName() { return id; }
        @Override public String getID() { return id; }
        @Override public String getDescription() { return null; }
        @Override public int getCardinality() { return cardinality; }
        @Override public int getType() { return type; }
        @Override public String[] getOptionValues() { return options; }
        @Override public String[] getOptionLabels() { return options; }
        @Override public String[] getDefaultValue() { return dflt; }
        @Override public String validate(String value) {
            if (type == INTEGER) {
                int v = Integer.parseInt(value.trim());
                if (min != null && v < min) return "below " + min;
                if (max != null && v > max) return "above " + max;
            }
            return "";
        }
    }

    static ObjectClassDefinition ocd(AttributeDefinition... ads) {
        return new ObjectClassDefinition() {
            @Override public String getName() { return "t"; }
            @Override public String getID() { return "t"; }
            @Override public String getDescription() { return null; }
            @Override public AttributeDefinition[] getAttributeDefinitions(int filter) { return ads; }
            @Override public InputStream getIcon(int size) { return null; }
        };
    }

    private final ObjectClassDefinition ocd = ocd(
            new Ad("bitrate_kbps", AttributeDefinition.INTEGER, 0, 100, 50_000, null, new String[] { "5000" }),
            new Ad("rate_control", AttributeDefinition.STRING, 0, null, null, new String[] { "cbr", "vbr", "crf" },
                    new String[] { "cbr" }),
            new Ad("affinity", AttributeDefinition.INTEGER, Integer.MAX_VALUE, 0, 1023, null, new String[0]),
            new Ad("enabled", AttributeDefinition.BOOLEAN, 0, null, null, null, new String[] { "true" }));

    private static Map<String, Object> props(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private void expectRejected(Map<String, Object> p, String key) {
        try {
            ConfigChecker.check("rotordream.x", ocd, p);
            fail("expected " + key + " to be refused");
        } catch (ConfigRejectedException e) {
            assertEquals(key, e.key());
        }
    }

    @Test
    public void convertsFileStringsToTypes() {
        Map<String, Object> typed = ConfigChecker.check("rotordream.x", ocd,
                props("bitrate_kbps", " 2500 ", "rate_control", "vbr", "affinity", "0, 1", "enabled", "false",
                        "service.pid", "rotordream.x", "felix.fileinstall.filename", "file:/x.cfg"));
        assertEquals(2500, typed.get("bitrate_kbps"));
        assertEquals("vbr", typed.get("rate_control"));
        assertArrayEquals(new Integer[] { 0, 1 }, (Integer[]) typed.get("affinity"));
        assertEquals(Boolean.FALSE, typed.get("enabled"));
        assertEquals(4, typed.size());
    }

    @Test
    public void acceptsJsonTypes() {
        Map<String, Object> typed = ConfigChecker.check("rotordream.x", ocd,
                props("bitrate_kbps", 3000, "affinity", List.of(2, 3), "enabled", true));
        assertEquals(3000, typed.get("bitrate_kbps"));
        assertArrayEquals(new Integer[] { 2, 3 }, (Integer[]) typed.get("affinity"));
    }

    @Test
    public void refusesNamingTheKey() {
        expectRejected(props("bogus", "1"), "bogus");
        expectRejected(props("bitrate_kbps", "fast"), "bitrate_kbps");
        expectRejected(props("bitrate_kbps", "99"), "bitrate_kbps");
        expectRejected(props("bitrate_kbps", 60_000), "bitrate_kbps");
        expectRejected(props("rate_control", "abr"), "rate_control");
        expectRejected(props("enabled", "yes"), "enabled");
        expectRejected(props("affinity", "0,x"), "affinity");
        expectRejected(props("bitrate_kbps", new int[] { 1, 2 }), "bitrate_kbps");
    }

    @Test
    public void defaultsAreTyped() {
        Map<String, Object> d = ConfigChecker.defaults("rotordream.x", ocd);
        assertEquals(5000, d.get("bitrate_kbps"));
        assertEquals(Boolean.TRUE, d.get("enabled"));
        assertArrayEquals(new Integer[0], (Integer[]) d.get("affinity"));
    }

    @Test
    public void factoryPidChecksAgainstFactory() {
        assertEquals("rotordream.profile", ConfigGuardComponent.schemaPid("rotordream.profile~balanced"));
        assertEquals("rotordream.api", ConfigGuardComponent.schemaPid("rotordream.api"));
    }

    /** An int[] with default {} reaches the metatype as default="", which Felix reads as {""}. */
    @Test
    public void anEmptyArrayDefaultIsTheEmptyList() {
        ObjectClassDefinition withEmpty = ocd(
                new Ad("thread_affinity_capture", AttributeDefinition.INTEGER, Integer.MAX_VALUE, 0, 1023, null, new String[] { "" }),
                new Ad("devices", AttributeDefinition.STRING, Integer.MAX_VALUE, null, null, null, new String[] { "" }));
        Map<String, Object> d = ConfigChecker.defaults("p", withEmpty);
        assertArrayEquals(new Integer[0], (Integer[]) d.get("thread_affinity_capture"));
        assertArrayEquals(new String[0], (String[]) d.get("devices"));
    }
}
