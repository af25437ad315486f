package io.rotordream.encoder.testkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Map;

import org.junit.Test;

public class LayoutProgramTest {

    @SuppressWarnings("unused")
    private static final class Layout {
        static final int SIZE = 48;
        static final long OFFSET = 8;
    }

    @Test
    public void constantsByName() throws Exception {
        assertEquals(Map.of("SIZE", 48L, "OFFSET", 8L), LayoutProgram.constants(Layout.class));
    }

    @Test
    public void sameLayoutBothWays() {
        LayoutProgram.assertSameLayout("x.c", Map.of("a", 1L), Map.of("a", 1L));
        assertFails(Map.of("a", 1L), Map.of("a", 2L), "a");
        assertFails(Map.of("a", 1L, "b", 2L), Map.of("a", 1L), "x.c prints b");
        assertFails(Map.of("a", 1L), Map.of("a", 1L, "c", 3L), "x.c prints c, which nobody checks");
    }

    private static void assertFails(Map<String, Long> expected, Map<String, Long> printed, String message) {
        try {
            LayoutProgram.assertSameLayout("x.c", expected, printed);
        } catch (AssertionError e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith(message));
            return;
        }
        fail("passed: " + message);
    }
}
