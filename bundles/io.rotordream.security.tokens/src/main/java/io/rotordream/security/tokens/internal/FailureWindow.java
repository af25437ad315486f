package io.rotordream.security.tokens.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Fixed-window count of failures per address. Only failures are counted, so an address that
 * authenticates correctly is never delayed; the oldest addresses are forgotten beyond a bound.
 */
final class FailureWindow {

    private final int maxFailures;
    private final long windowMillis;
    private final LongSupplier clock;
    private final Map<String, long[]> windows;

    FailureWindow(int maxFailures, long windowMillis, int maxAddresses, LongSupplier clock) {
        this.maxFailures = maxFailures;
        this.windowMillis = windowMillis;
        this.clock = clock;
        this.windows = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                return size() > maxAddresses;
            }
        };
    }

    synchronized long retryAfterSeconds(String address) {
        long[] w = windows.get(address);
        long now = clock.getAsLong();
        if (w == null || now - w[0] >= windowMillis) {
            return 0;
        }
        if (w[1] < maxFailures) {
            return 0;
        }
        return Math.max(1, (w[0] + windowMillis - now + 999) / 1000);
    }

    synchronized void recordFailure(String address) {
        long now = clock.getAsLong();
        long[] w = windows.get(address);
        if (w == null || now - w[0] >= windowMillis) {
            windows.put(address, new long[] { now, 1 });
        } else {
            w[1]++;
        }
    }
}
