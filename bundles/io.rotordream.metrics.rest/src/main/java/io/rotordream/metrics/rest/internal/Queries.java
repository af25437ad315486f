package io.rotordream.metrics.rest.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rotordream.rest.api.ApiException;

/** Query parameters shared by the trend and regression endpoints. */
final class Queries {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})([smhd])");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,80}");

    private Queries() {
    }

    static Duration duration(String field, String text) {
        Matcher m = DURATION.matcher(text == null ? "" : text.trim());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw ApiException.badRequest(field, field + " must be a duration such as 15m, 1h, 24h or 7d");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    /** "a,b,c" to names; "all" or empty to the empty list (meaning every series). */
    static List<String> names(String field, String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank() || text.trim().equals("all")) {
            return out;
        }
        for (String part : text.split(",")) {
            String n = part.trim();
            if (!NAME.matcher(n).matches()) {
                throw ApiException.badRequest(field, "'" + n + "' is not a metric name (snake_case)");
            }
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }
}
