package io.rotordream.http.config.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Per client address: a token bucket for the request rate and a count of requests in flight.
 * Addresses beyond the bound are forgotten oldest first, so a flood of addresses costs bounded
 * memory.
 */
final class AddressLimiter {

    /** Why a request was refused, or {@link #OK}. */
    enum Verdict {
        OK, TOO_FAST, TOO_MANY
    }

    private static final class State {
        double tokens;
        long refilled;
        int inFlight;
    }

    private final int maxConcurrent;
    private final double ratePerNano;
    private final int burst;
    private final LongSupplier nanos;
    private final Map<String, State> states;

    AddressLimiter(int maxConcurrent, int ratePerSecond, int burst, int maxAddresses, LongSupplier nanos) {
        this.maxConcurrent = maxConcurrent;
        this.ratePerNano = ratePerSecond / 1e9;
        this.burst = burst;
        this.nanos = nanos;
        this.states = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
                return size() > maxAddresses && eldest.getValue().inFlight == 0;
            }
        };
    }

    /** Admits a request (then {@link #done} must follow) or says why not. */
    synchronized Verdict enter(String address) {
        long now = nanos.getAsLong();
        State s = states.computeIfAbsent(address, a -> {
            State n = new State();
            n.tokens = burst;
            n.refilled = now;
            return n;
        });
        s.tokens = Math.min(burst, s.tokens + (now - s.refilled) * ratePerNano);
        s.refilled = now;
        if (s.inFlight >= maxConcurrent) {
            return Verdict.TOO_MANY;
        }
        if (s.tokens < 1) {
            return Verdict.TOO_FAST;
        }
        s.tokens -= 1;
        s.inFlight++;
        return Verdict.OK;
    }

    synchronized void done(String address) {
        State s = states.get(address);
        if (s != null && s.inFlight > 0) {
            s.inFlight--;
        }
    }

    /** Seconds until one more request is allowed at the steady rate. */
    long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil(1 / (ratePerNano * 1e9)));
    }
}
