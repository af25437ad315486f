package io.rotordream.video.v4l2.internal;

import java.util.function.BooleanSupplier;

/** Waits for a condition the capture thread brings about; the bound only stops a hung test. */
final class Await {
    private static final long LIMIT_NANOS = 20_000_000_000L;

    private Await() {
    }

    static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT_NANOS;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("never happened: " + what);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }
}
