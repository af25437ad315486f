package io.rotordream.alerts.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One alert rule: fires when {@code metric comparison threshold} holds for {@code forMillis};
 * a firing alert clears only once the value is {@code hysteresis} past the threshold on the good
 * side, so a value wavering around the threshold does not flap.
 */
record Rule(String name, String metric, String comparison, double threshold, long forMillis, double hysteresis,
        String severity, String description, long cooldownMillis, boolean builtIn) {

    boolean breaches(double v) {
        return switch (comparison) {
            case "ge" -> v >= threshold;
            case "lt" -> v < threshold;
            case "le" -> v <= threshold;
            default -> v > threshold;
        };
    }

    boolean clears(double v) {
        return switch (comparison) {
            case "gt" -> v <= threshold - hysteresis;
            case "ge" -> v < threshold - hysteresis;
            case "lt" -> v >= threshold + hysteresis;
            default -> v > threshold + hysteresis;
        };
    }

    /** The seed's four rules from the thresholds configuration. */
    static List<Rule> builtIn(ThresholdsConfig c) {
        List<Rule> out = new ArrayList<>();
        if (!c.enabled()) {
            return out;
        }
        long forMs = c.for__seconds() * 1000L;
        long cooldown = c.alert__cooldown__minutes() * 60_000L;
        double h = c.hysteresis__percent() / 100;
        out.add(new Rule("cpu_high", "cpu_usage_percent", "gt", c.cpu__threshold(), forMs, c.cpu__threshold() * h,
                "warning", "CPU use above " + c.cpu__threshold() + " %", cooldown, true));
        out.add(new Rule("memory_high", "memory_usage_percent", "gt", c.memory__threshold(), forMs,
                c.memory__threshold() * h, "warning", "memory use above " + c.memory__threshold() + " %", cooldown, true));
        out.add(new Rule("fps_low", "video_fps", "lt", c.fps__threshold(), forMs, c.fps__threshold() * h, "critical",
                "video below " + c.fps__threshold() + " fps", cooldown, true));
        out.add(new Rule("latency_high", "network_latency_ms", "gt", c.latency__threshold(), forMs,
                c.latency__threshold() * h, "warning", "client round trip above " + c.latency__threshold() + " ms",
                cooldown, true));
        return out;
    }

    static Rule custom(String name, RuleConfig c, long globalCooldownMillis) {
        return new Rule(name, c.metric(), c.comparison(), c.threshold(), c.for__seconds() * 1000L, c.hysteresis(),
                c.severity(), c.description(), c.cooldown__minutes() < 0 ? globalCooldownMillis
                        : c.cooldown__minutes() * 60_000L, false);
    }
}
