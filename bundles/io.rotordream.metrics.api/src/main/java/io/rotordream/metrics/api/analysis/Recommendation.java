package io.rotordream.metrics.api.analysis;

import java.util.List;
import java.util.Map;

/** A concrete change with the one API call that applies it. */
public final class Recommendation {
    public String id;
    public String title;
    /** Why, in terms of the measurements. */
    public String reason;
    /** The bottleneck it addresses, or null for a configuration that does not fit the measurements. */
    public String addresses;
    /** low, medium, high: how much it is expected to help. */
    public String priority;
    public List<Evidence> evidence;
    public ApiCall apply;

    /** The exact request that applies the change. */
    public static final class ApiCall {
        public String method;
        public String path;
        public Map<String, Object> body;
        /** The same as a curl command line (token left as $TOKEN). */
        public String curl;
        /** Whether that endpoint is served by this appliance now. */
        public Boolean available;
    }
}
