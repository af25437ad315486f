package io.rotordream.alerts.internal;

import java.util.List;

/** Request bodies of the alert endpoints; a field left out keeps its value. */
final class AlertRequests {

    private AlertRequests() {
    }

    /** PUT /api/performance/alerts/config: the seed's fields and the built-in rules' timing. */
    public static final class Thresholds {
        public Double cpuThreshold;
        public Double memoryThreshold;
        public Double fpsThreshold;
        public Double latencyThreshold;
        public Integer alertCooldownMinutes;
        public Integer forSeconds;
        public Double hysteresisPercent;
        public Boolean enabled;
    }

    /** PUT /api/performance/alerts/rules/{name}. */
    public static final class RuleBody {
        public String metric;
        public String comparison;
        public Double threshold;
        public Integer forSeconds;
        public Double hysteresis;
        public String severity;
        public String description;
        public Integer cooldownMinutes;
        public Boolean enabled;
    }

    /** PUT /api/performance/alerts/notifications. */
    public static final class Notify {
        public List<String> webhookUrls;
        public Integer webhookMaxAttempts;
        public Integer webhookBackoffInitialMs;
        public Integer webhookBackoffMaxMs;
        public Integer webhookTimeoutMs;
        public Integer webhookQueueSize;
        public Integer historyMaxEntries;
        public Integer sseMaxClients;
    }
}
