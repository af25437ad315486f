package io.rotordream.metrics.api.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code GET /api/performance/troubleshoot/{area}}. */
public final class TroubleshootReport {
    public String area;
    public Instant timestamp;
    /** ok, warning or critical: the worst finding. */
    public String status;
    public List<Finding> findings;
    /** The measurements the findings were drawn from. */
    public Map<String, Object> data;
    /** What could not be examined on this machine and why. */
    public List<String> absent;

    public static final class Finding {
        /** info, warning, critical. */
        public String severity;
        public String title;
        public String detail;
        public List<Evidence> evidence;

        public Finding() {
        }

        public Finding(String severity, String title, String detail, List<Evidence> evidence) {
            this.severity = severity;
            this.title = title;
            this.detail = detail;
            this.evidence = evidence;
        }
    }
}
