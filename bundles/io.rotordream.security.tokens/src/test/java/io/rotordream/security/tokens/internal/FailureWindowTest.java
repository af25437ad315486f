package io.rotordream.security.tokens.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

public class FailureWindowTest {

    @Test
    public void blocksAfterMaxFailuresUntilWindowEnds() {
        AtomicLong now = new AtomicLong(1_000_000);
        FailureWindow w = new FailureWindow(3, 60_000, 100, now::get);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, w.retryAfterSeconds("10.0.0.1"));
            w.recordFailure("10.0.0.1");
        }
        long wait = w.retryAfterSeconds("10.0.0.1");
        assertTrue(wait > 0 && wait <= 60);
        assertEquals("other addresses are not affected", 0, w.retryAfterSeconds("10.0.0.2"));
        now.addAndGet(60_000);
        assertEquals(0, w.retryAfterSeconds("10.0.0.1"));
    }

    @Test
    public void forgetsOldestAddressesBeyondBound() {
        AtomicLong now = new AtomicLong(0);
        FailureWindow w = new FailureWindow(1, 60_000, 16, now::get);
        w.recordFailure("a");
        for (int i = 0; i < 16; i++) {
            w.recordFailure("x" + i);
        }
        assertEquals(0, w.retryAfterSeconds("a"));
    }
}
