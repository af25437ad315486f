package io.rotordream.http.config.internal;

import static org.junit.Assert.assertEquals;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

public class AddressLimiterTest {

    @Test
    public void rateIsABucketPerAddress() {
        AtomicLong now = new AtomicLong(0);
        AddressLimiter l = new AddressLimiter(1000, 10, 5, 100, now::get);
        for (int i = 0; i < 5; i++) {
            assertEquals(AddressLimiter.Verdict.OK, l.enter("a"));
            l.done("a");
        }
        assertEquals(AddressLimiter.Verdict.TOO_FAST, l.enter("a"));
        assertEquals("another address is not affected", AddressLimiter.Verdict.OK, l.enter("b"));
        now.addAndGet(100_000_000L); // 0.1 s at 10/s refills one
        assertEquals(AddressLimiter.Verdict.OK, l.enter("a"));
    }

    @Test
    public void concurrencyIsCountedUntilDone() {
        AddressLimiter l = new AddressLimiter(2, 1000, 1000, 100, () -> 0);
        assertEquals(AddressLimiter.Verdict.OK, l.enter("a"));
        assertEquals(AddressLimiter.Verdict.OK, l.enter("a"));
        assertEquals(AddressLimiter.Verdict.TOO_MANY, l.enter("a"));
        l.done("a");
        assertEquals(AddressLimiter.Verdict.OK, l.enter("a"));
    }

    @Test
    public void forgetsIdleAddressesBeyondTheBound() {
        AddressLimiter l = new AddressLimiter(1, 1, 1, 16, () -> 0);
        l.enter("old");
        l.done("old");
        for (int i = 0; i < 20; i++) {
            l.enter("x" + i);
            l.done("x" + i);
        }
        assertEquals("forgotten, so it starts with a full bucket", AddressLimiter.Verdict.OK, l.enter("old"));
    }
}
