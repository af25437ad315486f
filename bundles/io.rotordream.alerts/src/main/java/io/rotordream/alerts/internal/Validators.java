package io.rotordream.alerts.internal;

import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

import io.rotordream.config.api.ConfigRejectedException;
import io.rotordream.config.api.ConfigValidator;

/** What the metatypes cannot say about alert rules and webhook URLs. */
final class Validators {

    static final Pattern METRIC = Pattern.compile("[a-z][a-z0-9_]{0,80}");

    private Validators() {
    }

    @Component(property = ConfigValidator.PID_PROPERTY + "=" + RuleConfig.FACTORY_PID)
    public static final class RuleValidator implements ConfigValidator {
        @Override
        public void validate(Map<String, Object> p) {
            Object metric = p.get("metric");
            if (metric == null || !METRIC.matcher(metric.toString()).matches()) {
                throw new ConfigRejectedException(RuleConfig.FACTORY_PID, "metric",
                        "a key figure or metric name in snake_case is required");
            }
            if (p.get("threshold") == null) {
                throw new ConfigRejectedException(RuleConfig.FACTORY_PID, "threshold", "a threshold is required");
            }
        }
    }

    /** Also carries the notification settings' metatype (one designate per component). */
    @Component(property = ConfigValidator.PID_PROPERTY + "=" + NotifyConfig.PID, configurationPid = NotifyConfig.PID)
    @Designate(ocd = NotifyConfig.class)
    public static final class NotifyValidator implements ConfigValidator {
        @Override
        public void validate(Map<String, Object> p) {
            Object urls = p.get("webhook_urls");
            if (urls instanceof String[] all) {
                for (String u : all) {
                    if (!u.isBlank()) {
                        checkUrl(u);
                    }
                }
            }
            if (((Number) p.get("webhook_backoff_max_ms")).intValue() < ((Number) p.get("webhook_backoff_initial_ms")).intValue()) {
                throw new ConfigRejectedException(NotifyConfig.PID, "webhook_backoff_max_ms",
                        "must not be shorter than webhook_backoff_initial_ms");
            }
        }
    }

    static void checkUrl(String u) {
        try {
            URI uri = new URI(u);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new ConfigRejectedException(NotifyConfig.PID, "webhook_urls", "'" + u + "' is not an http(s) URL");
            }
        } catch (java.net.URISyntaxException e) {
            throw new ConfigRejectedException(NotifyConfig.PID, "webhook_urls", "'" + u + "' is not a URL");
        }
    }

    /**
     * Carries the thresholds' metatype: the alerts component reads two PIDs and a component can
     * designate only one, so this otherwise empty component designates the other.
     */
    @Component(configurationPid = ThresholdsConfig.PID, service = ThresholdsMetatype.class)
    @Designate(ocd = ThresholdsConfig.class)
    public static final class ThresholdsMetatype {
    }
}
