package io.rotordream.metrics.collector.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import io.rotordream.metrics.api.MetricFamily;

public class SinkBufferTest {

    @Test
    public void refusesNamesThatBreakPrometheusConventions() {
        SinkBuffer s = new SinkBuffer(10);
        s.counter("rotordream_frames", "no _total", 1);
        s.gauge("rotordream_frames_total", "gauge with _total", 1);
        s.gauge("other_prefix", "", 1);
        s.gauge("rotordream_CamelCase", "", 1);
        s.gauge("rotordream_ok", "", 1, "odd");
        s.histogram("rotordream_h", "", new double[] { 1 }, new long[] { 1, 2 }, 3, "le", "x");
        s.gauge("rotordream_fine", "", 1, "device", "vda");
        List<MetricFamily> f = s.families(new HashMap<>(), 1);
        assertEquals(1, f.size());
        assertEquals("rotordream_fine", f.get(0).name);
        assertEquals(6, s.refused.size());
    }

    @Test
    public void capsTheSeriesOfAFamily() {
        SinkBuffer s = new SinkBuffer(3);
        for (int i = 0; i < 10; i++) {
            s.gauge("rotordream_client", "", i, "id", "c" + i);
        }
        assertEquals(3, s.families(new HashMap<>(), 1).get(0).samples.size());
        assertEquals(7, s.droppedSeries);
    }

    @Test
    public void countersGetARateFromThePreviousCollection() {
        Map<String, Double> previous = new HashMap<>();
        SinkBuffer first = new SinkBuffer(10);
        first.counter("rotordream_bytes_total", "", 1000, "if", "eth0");
        assertTrue(Double.isNaN(first.families(previous, 0).get(0).samples.get(0).rate));
        SinkBuffer second = new SinkBuffer(10);
        second.counter("rotordream_bytes_total", "", 3000, "if", "eth0");
        assertEquals(1000.0, second.families(previous, 2).get(0).samples.get(0).rate, 1e-9);
        SinkBuffer reset = new SinkBuffer(10);
        reset.counter("rotordream_bytes_total", "", 10, "if", "eth0");
        assertTrue("a counter that went back (restart) has no rate",
                Double.isNaN(reset.families(previous, 1).get(0).samples.get(0).rate));
    }

    @Test
    public void figuresMustBeFiniteAndSnakeCase() {
        SinkBuffer s = new SinkBuffer(10);
        s.figure("cpu_usage_percent", 12.5);
        s.figure("nan_value", Double.NaN);
        s.figure("BadName", 1);
        assertEquals(12.5, s.figures.get("cpu_usage_percent"), 0);
        assertNull(s.figures.get("nan_value"));
        assertEquals(1, s.figures.size());
    }
}
