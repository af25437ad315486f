package io.rotordream.tuner.api.knobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import io.rotordream.tuner.api.KnobException;

/**
 * What a knob's file holds and what it takes: how the text read is turned into the value, how a
 * wanted value is checked and put in the same form, and when two values are the same.
 */
public interface Values {

    /** The value in the file's text (trimmed, or the bracketed choice of a scheduler file). */
    default String parse(String raw) {
        return raw == null ? null : raw.trim();
    }

    /** @throws KnobException INVALID_VALUE */
    String normalize(String knob, String wanted) throws KnobException;

    default boolean same(String current, String wanted) {
        return Objects.equals(current, wanted);
    }

    /** An integer from min to max inclusive. */
    static Values integer(long min, long max) {
        return (knob, wanted) -> {
            long v;
            try {
                v = Long.parseLong(wanted.trim());
            } catch (NumberFormatException | NullPointerException e) {
                throw KnobException.invalid(knob, "'" + wanted + "' is not an integer");
            }
            if (v < min || v > max) {
                throw KnobException.invalid(knob, v + " is out of range " + min + ".." + max);
            }
            return Long.toString(v);
        };
    }

    /** Several integers on one line (tcp_rmem: min default max), compared whatever the whitespace. */
    static Values integers(int count, long min, long max) {
        return new Values() {
            @Override
            public String parse(String raw) {
                return raw == null ? null : String.join(" ", raw.trim().split("\\s+"));
            }

            @Override
            public String normalize(String knob, String wanted) throws KnobException {
                String[] parts = wanted == null ? new String[0] : wanted.trim().split("[\\s,]+");
                if (parts.length != count) {
                    throw KnobException.invalid(knob, "'" + wanted + "' is not " + count + " integers");
                }
                List<String> out = new ArrayList<>();
                long last = Long.MIN_VALUE;
                for (String p : parts) {
                    String v = integer(min, max).normalize(knob, p);
                    long n = Long.parseLong(v);
                    if (n < last) {
                        throw KnobException.invalid(knob, "'" + wanted + "' must not decrease (min default max)");
                    }
                    last = n;
                    out.add(v);
                }
                return String.join(" ", out);
            }
        };
    }

    /** One of a fixed list of words. */
    static Values oneOf(List<String> options) {
        return (knob, wanted) -> {
            String w = wanted == null ? "" : wanted.trim();
            if (!options.contains(w)) {
                throw KnobException.invalid(knob, "'" + wanted + "' is not one of " + options);
            }
            return w;
        };
    }

    /**
     * A sysfs choice file ("none [mq-deadline] kyber bfq"): the value is the bracketed word, the
     * choices are the words read when the value is checked (they differ per device and kernel).
     */
    static Values bracketed(Supplier<List<String>> choices) {
        return new Values() {
            @Override
            public String parse(String raw) {
                if (raw == null) {
                    return null;
                }
                int open = raw.indexOf('[');
                int close = raw.indexOf(']', open + 1);
                return open >= 0 && close > open ? raw.substring(open + 1, close).trim() : raw.trim();
            }

            @Override
            public String normalize(String knob, String wanted) throws KnobException {
                List<String> options = choices.get();
                String w = wanted == null ? "" : wanted.trim().toLowerCase(Locale.ROOT);
                if (!options.contains(w)) {
                    throw KnobException.invalid(knob, "'" + wanted + "' is not offered here; choices: " + options);
                }
                return w;
            }
        };
    }

    /** The words of a choice file, brackets removed. */
    static List<String> words(String raw) {
        List<String> out = new ArrayList<>();
        if (raw != null) {
            for (String w : raw.trim().split("\\s+")) {
                String x = w.replace("[", "").replace("]", "").trim();
                if (!x.isEmpty()) {
                    out.add(x);
                }
            }
        }
        return out;
    }
}
