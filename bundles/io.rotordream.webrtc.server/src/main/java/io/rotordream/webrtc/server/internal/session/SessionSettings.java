package io.rotordream.webrtc.server.internal.session;

/** Limits and timers of sessions, from the configuration. Immutable. */
public record SessionSettings(long connectTimeoutNanos, long consentTimeoutNanos, long dtlsTimeoutNanos,
        int historyPackets, double dropFraction, long keyframeMinIntervalNanos, int mtu) {

    public static SessionSettings defaults() {
        return new SessionSettings(15_000_000_000L, 30_000_000_000L, 10_000_000_000L, 512, 0, 500_000_000L, 1200);
    }
}
