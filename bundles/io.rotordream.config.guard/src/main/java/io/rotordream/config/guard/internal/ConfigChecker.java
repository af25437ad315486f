package io.rotordream.config.guard.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

import io.rotordream.config.api.ConfigRejectedException;

/**
 * Checks a configuration against its metatype: every key must be an attribute, every value must
 * convert to the attribute's type and pass its range/options; returns the values converted.
 */
final class ConfigChecker {

    private static final Set<String> FRAMEWORK_KEYS = Set.of("service.pid", "service.factoryPid",
            "service.bundleLocation", "felix.fileinstall.filename", "component.name", "component.id");

    private ConfigChecker() {
    }

    static boolean isFrameworkKey(String key) {
        return FRAMEWORK_KEYS.contains(key) || key.startsWith(".") || key.startsWith("felix.");
    }

    /** @return the non-framework keys converted to the metatype's types, in the metatype's order */
    static Map<String, Object> check(String pid, ObjectClassDefinition ocd, Map<String, ?> props) {
        Map<String, AttributeDefinition> ads = new LinkedHashMap<>();
        AttributeDefinition[] all = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        if (all != null) {
            for (AttributeDefinition ad : all) {
                ads.put(ad.getID(), ad);
            }
        }
        for (String key : props.keySet()) {
            if (!isFrameworkKey(key) && !ads.containsKey(key)) {
                throw new ConfigRejectedException(pid, key, "unknown key; known keys are " + ads.keySet());
            }
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        for (AttributeDefinition ad : ads.values()) {
            Object value = props.get(ad.getID());
            if (value != null) {
                typed.put(ad.getID(), convert(pid, ad, value));
            }
        }
        return typed;
    }

    /** The metatype defaults, typed. */
    static Map<String, Object> defaults(String pid, ObjectClassDefinition ocd) {
        Map<String, Object> out = new LinkedHashMap<>();
        AttributeDefinition[] all = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        if (all != null) {
            for (AttributeDefinition ad : all) {
                String[] d = ad.getDefaultValue();
                if (d != null && ad.getCardinality() != 0) {
                    // bnd writes default="" for an empty array default ({}), which Felix's metatype
                    // reads back as one empty value: that is the empty list, not a value "".
                    d = java.util.Arrays.stream(d).filter(x -> !x.isEmpty()).toArray(String[]::new);
                }
                if (d != null) {
                    out.put(ad.getID(), convert(pid, ad, ad.getCardinality() == 0 ? (d.length == 0 ? "" : d[0]) : d));
                }
            }
        }
        return out;
    }

    static Object convert(String pid, AttributeDefinition ad, Object value) {
        List<String> texts = texts(value, ad.getCardinality() != 0);
        int max = Math.abs(ad.getCardinality());
        if (ad.getCardinality() == 0 && texts.size() != 1) {
            throw new ConfigRejectedException(pid, ad.getID(), "expects a single value");
        }
        if (max != 0 && max != Integer.MAX_VALUE && texts.size() > max) {
            throw new ConfigRejectedException(pid, ad.getID(), "at most " + max + " values");
        }
        List<Object> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(one(pid, ad, t));
        }
        if (ad.getCardinality() == 0) {
            return out.get(0);
        }
        Object array = Array.newInstance(javaType(ad.getType()), out.size());
        for (int i = 0; i < out.size(); i++) {
            Array.set(array, i, out.get(i));
        }
        return array;
    }

    private static List<String> texts(Object value, boolean multi) {
        List<String> out = new ArrayList<>();
        if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                out.add(String.valueOf(Array.get(value, i)));
            }
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> out.add(String.valueOf(v)));
        } else if (multi && value instanceof String s) {
            // A .cfg file has no list syntax: a comma-separated string stands for the list.
            for (String part : s.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        } else {
            out.add(String.valueOf(value));
        }
        return out;
    }

    private static Object one(String pid, AttributeDefinition ad, String raw) {
        String text = ad.getType() == AttributeDefinition.STRING || ad.getType() == AttributeDefinition.PASSWORD
                ? raw : raw.trim();
        Object v;
        try {
            v = switch (ad.getType()) {
                case AttributeDefinition.INTEGER -> Integer.valueOf(text);
                case AttributeDefinition.LONG -> Long.valueOf(text);
                case AttributeDefinition.SHORT -> Short.valueOf(text);
                case AttributeDefinition.BYTE -> Byte.valueOf(text);
                case AttributeDefinition.DOUBLE -> Double.valueOf(text);
                case AttributeDefinition.FLOAT -> Float.valueOf(text);
                case AttributeDefinition.BOOLEAN -> parseBoolean(text);
                case AttributeDefinition.CHARACTER -> {
                    if (text.length() != 1) {
                        throw new NumberFormatException();
                    }
                    yield text.charAt(0);
                }
                default -> text;
            };
        } catch (NumberFormatException e) {
            throw new ConfigRejectedException(pid, ad.getID(),
                    "'" + abbreviate(raw) + "' is not " + typeName(ad.getType()));
        }
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
            throw new ConfigRejectedException(pid, ad.getID(), "must be a finite number");
        }
        String problem = ad.validate(text);
        if (problem != null && !problem.isEmpty()) {
            throw new ConfigRejectedException(pid, ad.getID(), "'" + abbreviate(raw) + "': " + problem);
        }
        String[] options = ad.getOptionValues();
        if (options != null && options.length > 0 && !List.of(options).contains(text)) {
            throw new ConfigRejectedException(pid, ad.getID(),
                    "'" + abbreviate(raw) + "' is not one of " + List.of(options));
        }
        return v;
    }

    private static Boolean parseBoolean(String text) {
        if ("true".equalsIgnoreCase(text)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(text)) {
            return Boolean.FALSE;
        }
        throw new NumberFormatException(text);
    }

    private static String abbreviate(String s) {
        return s.length() <= 64 ? s : s.substring(0, 61) + "...";
    }

    private static Class<?> javaType(int type) {
        return switch (type) {
            case AttributeDefinition.INTEGER -> Integer.class;
            case AttributeDefinition.LONG -> Long.class;
            case AttributeDefinition.SHORT -> Short.class;
            case AttributeDefinition.BYTE -> Byte.class;
            case AttributeDefinition.DOUBLE -> Double.class;
            case AttributeDefinition.FLOAT -> Float.class;
            case AttributeDefinition.BOOLEAN -> Boolean.class;
            case AttributeDefinition.CHARACTER -> Character.class;
            default -> String.class;
        };
    }

    private static String typeName(int type) {
        return switch (type) {
            case AttributeDefinition.INTEGER, AttributeDefinition.LONG, AttributeDefinition.SHORT,
                    AttributeDefinition.BYTE -> "an integer";
            case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT -> "a number";
            case AttributeDefinition.BOOLEAN -> "true or false";
            case AttributeDefinition.CHARACTER -> "a single character";
            default -> "text";
        };
    }
}
