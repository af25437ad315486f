package io.rotordream.metrics.history.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.rotordream.metrics.api.InvalidQueryException;
import io.rotordream.metrics.api.history.RegressionReport;
import io.rotordream.metrics.api.history.TrendResult;

/** rrd4j files written, read back as trends, reopened (a restart), and searched for a regression. */
public class HistoryTest {

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    static HistoryConfig config(int seconds, int minutes, int hours, int maxSeries) {
        return new HistoryConfig() {
            public Class<? extends Annotation> annotationType() { return HistoryConfig.class; }
            public int second__rows() { return seconds; }
            public int minute__rows() { return minutes; }
            public int hour__rows() { return hours; }
            public int max__series() { return maxSeries; }
            public int max__disk__mb() { return 64; }
            public int max__points() { return 1500; }
            public double regression__alpha() { return 0.01; }
            public double regression__min__effect() { return 0.33; }
            public double regression__min__change__percent() { return 5; }
        };
    }

    static final long START = Instant.parse("2026-03-01T10:00:00Z").getEpochSecond();

    @Test
    public void trendsSurviveAReopenAndGapsStayUnknown() throws Exception {
        Path dir = tmp.newFolder().toPath();
        Clock at = Clock.fixed(Instant.ofEpochSecond(START + 600), ZoneOffset.UTC);
        HistoryComponent h = new HistoryComponent(config(3600, 120, 48, 8), dir, at);
        for (long t = START; t < START + 300; t++) {
            h.record(t, Map.of("cpu_usage_percent", 40.0 + (t % 2) * 20, "video_fps", 30.0));
        }
        h.deactivate();
        // "restart": a new component on the same directory, after a gap of 60 s
        HistoryComponent again = new HistoryComponent(config(3600, 120, 48, 8), dir, at);
        for (long t = START + 360; t < START + 600; t++) {
            again.record(t, Map.of("cpu_usage_percent", 50.0));
        }
        TrendResult r = again.trends(Duration.ofMinutes(10), Duration.ofSeconds(1), List.of("cpu_usage_percent", "nope"));
        assertEquals(1, r.stepSeconds);
        assertEquals(List.of("nope"), r.unknown);
        TrendResult.Series s = r.series.get(0);
        assertEquals(600, s.points.size());
        assertEquals(40.0, s.min, 1e-9);
        assertEquals(60.0, s.max, 1e-9);
        long before = s.points.stream().filter(p -> p.timestamp.getEpochSecond() < START + 300 && p.avg != null).count();
        long gap = s.points.stream().filter(p -> p.timestamp.getEpochSecond() > START + 305
                && p.timestamp.getEpochSecond() < START + 355 && p.avg != null).count();
        long after = s.points.stream().filter(p -> p.timestamp.getEpochSecond() > START + 360 && p.avg != null).count();
        assertTrue("before the restart: " + before, before >= 290);
        assertEquals("nothing invented for the gap", 0, gap);
        assertTrue("after the restart: " + after, after >= 230);
        TrendResult minutes = again.trends(Duration.ofMinutes(10), null, List.of());
        assertEquals(1, minutes.stepSeconds);
        TrendResult hour = again.trends(Duration.ofHours(2), null, List.of("video_fps"));
        assertEquals("2 h do not fit the 1 h second archive", 60, hour.stepSeconds);
        assertEquals(50.0, again.trends(Duration.ofMinutes(4), null, List.of("cpu_usage_percent")).series.get(0).avg, 1e-9);
        again.deactivate();
    }

    @Test
    public void queriesOutsideTheArchivesNameTheParameter() throws Exception {
        HistoryComponent h = new HistoryComponent(config(600, 60, 24, 4), tmp.newFolder().toPath(),
                Clock.systemUTC());
        try {
            h.trends(Duration.ofDays(7), null, List.of());
            fail();
        } catch (InvalidQueryException e) {
            assertEquals("period", e.field());
        }
        try {
            h.trends(Duration.ofHours(1), Duration.ofSeconds(1), List.of());
            fail();
        } catch (InvalidQueryException e) {
            assertEquals("step", e.field());
        }
        h.deactivate();
    }

    @Test
    public void seriesAreBoundedAndFilesHaveAFixedSize() throws Exception {
        Path dir = tmp.newFolder().toPath();
        HistoryComponent h = new HistoryComponent(config(600, 60, 24, 2), dir, Clock.systemUTC());
        h.record(START, Map.of("a", 1.0, "b", 2.0, "c", 3.0));
        h.record(START + 1, Map.of("a", 1.0, "b", 2.0, "c", 3.0));
        assertEquals(2, h.series().size());
        String kept = h.series().get(0);
        long size = Files.size(dir.resolve(kept + ".rrd"));
        for (long t = START + 2; t < START + 2000; t++) {
            h.record(t, Map.of(kept, (double) t));
        }
        assertEquals("round robin: the file does not grow", size, Files.size(dir.resolve(kept + ".rrd")));
        assertTrue(size + " bytes", size <= new Layout(600, 60, 24).bytesPerSeries());
        h.deactivate();
    }

    @Test
    public void aTornFileIsSetAsideAndStartedAnew() throws Exception {
        Path dir = tmp.newFolder().toPath();
        Files.write(dir.resolve("cpu_usage_percent.rrd"), new byte[] { 1, 2, 3 });
        HistoryComponent h = new HistoryComponent(config(600, 60, 24, 4), dir, Clock.systemUTC());
        h.record(START, Map.of("cpu_usage_percent", 1.0));
        assertTrue("set aside when first opened", Files.exists(dir.resolve("cpu_usage_percent.rrd.corrupt")));
        assertEquals(List.of("cpu_usage_percent"), h.series());
        h.deactivate();
    }

    @Test
    public void changedArchiveSizesKeepTheNewestRows() throws Exception {
        Path dir = tmp.newFolder().toPath();
        Clock at = Clock.fixed(Instant.ofEpochSecond(START + 100), ZoneOffset.UTC);
        HistoryComponent h = new HistoryComponent(config(600, 60, 24, 4), dir, at);
        for (long t = START; t < START + 100; t++) {
            h.record(t, Map.of("video_fps", 25.0));
        }
        h.deactivate();
        HistoryComponent bigger = new HistoryComponent(config(1200, 60, 24, 4), dir, at);
        assertEquals(25.0, bigger.trends(Duration.ofSeconds(90), Duration.ofSeconds(1), List.of("video_fps")).series
                .get(0).avg, 1e-9);
        bigger.deactivate();
    }

    @Test
    public void detectsARegressionRecordedInTheArchives() throws Exception {
        Path dir = tmp.newFolder().toPath();
        long end = START + 3 * 3600;
        Clock at = Clock.fixed(Instant.ofEpochSecond(end), ZoneOffset.UTC);
        HistoryComponent h = new HistoryComponent(config(600, 600, 48, 8), dir, at);
        Random rnd = new Random(5);
        for (long t = START; t <= end; t++) {
            boolean recent = t > end - 1800;
            h.record(t, Map.of("encoding_time_ms", (recent ? 11.0 : 10.0) + rnd.nextGaussian() * 0.5,
                    "cpu_usage_percent", 50 + rnd.nextGaussian() * 5));
        }
        RegressionReport r = h.detect(Duration.ofMinutes(30), Duration.ofHours(2), List.of());
        assertEquals(60, r.stepSeconds);
        assertEquals(r.tested.toString(), 1, r.regressions.size());
        assertEquals("encoding_time_ms", r.regressions.get(0).metric);
        assertTrue(r.regressions.get(0).confidence > 0.99);
        assertEquals("large", r.regressions.get(0).effectMagnitude);
        assertNull(r.tested.stream().filter(f -> f.metric.equals("cpu_usage_percent") && !f.verdict.equals("none"))
                .findFirst().orElse(null));
        assertNotNull(r.method);
        h.deactivate();
    }
}
