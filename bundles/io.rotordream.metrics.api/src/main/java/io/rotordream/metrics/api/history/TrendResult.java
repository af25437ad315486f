package io.rotordream.metrics.api.history;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/performance/trends}. */
public final class TrendResult {
    public String period;
    public long stepSeconds;
    public Instant from;
    public Instant to;
    public List<Series> series;
    /** Series asked for that are not recorded. */
    public List<String> unknown;

    public static final class Series {
        public String metric;
        public List<Point> points;
        /** Over the points that have data. */
        public Double min;
        public Double avg;
        public Double max;
    }

    /** One step; values are {@code null} where nothing was recorded (the appliance was off). */
    public static final class Point {
        public Instant timestamp;
        public Double min;
        public Double avg;
        public Double max;
    }
}
