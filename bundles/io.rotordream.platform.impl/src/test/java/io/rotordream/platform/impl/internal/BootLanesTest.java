package io.rotordream.platform.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.function.Function;

import org.junit.Test;

public class BootLanesTest {

    @Test
    public void lanesKeepTheStartOrderAndTakeEachBundleOnce() {
        var lanes = BootLanes.parse(" org.apache.felix.http.jetty12 | io.rotordream.video.*, io.rotordream.encoder.*\n"
                + "io.rotordream.rtsp.server | io.rotordream.*.rest ");
        assertEquals(3, lanes.size());
        List<String> bundles = List.of("org.apache.felix.scr", "io.rotordream.encoder.x264", "org.apache.felix.http.jetty12",
                "io.rotordream.video.pipeline", "io.rotordream.camera.rest", "io.rotordream.rtsp.server",
                "io.rotordream.video.rest");
        var plan = BootLanes.plan(lanes, bundles, Function.identity());
        assertEquals(List.of("org.apache.felix.http.jetty12"), plan.get(0));
        assertEquals(List.of("io.rotordream.encoder.x264", "io.rotordream.video.pipeline", "io.rotordream.rtsp.server",
                "io.rotordream.video.rest"), plan.get(1));
        assertEquals("the first lane that names a bundle takes it", List.of("io.rotordream.camera.rest"), plan.get(2));
    }

    @Test
    public void patternsMatchWholeNamesOnly() {
        var plan = BootLanes.plan(BootLanes.parse("io.rotordream.video"), List.of("io.rotordream.video.api",
                "io.rotordream.video"), Function.identity());
        assertEquals(List.of("io.rotordream.video"), plan.get(0));
    }

    @Test
    public void emptyOrMissingSpecificationsMeanNoLanes() {
        assertTrue(BootLanes.parse(null).isEmpty());
        assertTrue(BootLanes.parse(" | ,, ").isEmpty());
    }

    @Test
    public void aMalformedNameIsRefusedWithTheName() {
        try {
            BootLanes.parse("io.rotordream.video|bad(name)");
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("bad(name)"));
        }
    }
}
