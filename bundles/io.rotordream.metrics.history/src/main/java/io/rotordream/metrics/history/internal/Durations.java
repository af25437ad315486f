package io.rotordream.metrics.history.internal;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rotordream.metrics.api.InvalidQueryException;

/** "90s", "15m", "1h", "7d" to a duration. */
final class Durations {

    private static final Pattern FORM = Pattern.compile("(\\d{1,6})([smhd])");

    private Durations() {
    }

    /** @throws InvalidQueryException naming {@code field} */
    static Duration parse(String field, String text) {
        Matcher m = text == null ? null : FORM.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new InvalidQueryException(field, "'" + text + "' is not a duration such as 15m, 1h, 24h or 7d");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        if (d.isZero()) {
            throw new InvalidQueryException(field, "must be longer than zero");
        }
        return d;
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        if (s % 86400 == 0) {
            return s / 86400 + "d";
        }
        if (s % 3600 == 0) {
            return s / 3600 + "h";
        }
        return s % 60 == 0 ? s / 60 + "m" : s + "s";
    }
}
