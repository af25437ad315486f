package io.rotordream.streaming.adaptive.api;

import java.util.ArrayList;
import java.util.List;

/** {@code GET /api/streaming/adaptive}: the configuration and what the controller did per stream. */
public final class AdaptiveStatus {
    public boolean enabled;
    public int minBitrateKbps;
    public int maxBitrateKbps;
    public int stepSizeKbps;
    public int adjustmentIntervalMs;
    public double qualityThreshold;
    public List<StreamState> streams = new ArrayList<>();

    /** One stream under control. */
    public static final class StreamState {
        public String mount;
        /** Bitrate the controller set, 0 while it leaves the encoder at its configured rate. */
        public int targetKbps;
        /** The encoder's own configured bitrate. */
        public int configuredKbps;
        public int receivers;
        /** Worst loss fraction among the receivers in the last interval. */
        public double worstLoss;
        /** Lowest receiver estimate (REMB, transport-cc), negative when none. */
        public long lowestEstimateKbps = -1;
        public double highestRttMs = -1;
        public double highestDelayTrend;
        /** decrease, increase, hold, or idle. */
        public String lastDecision;
        public String reason;
        public long decreases;
        public long increases;
        public List<ReceiverState> receiverStates = new ArrayList<>();
    }

    /** One receiver as last reported. */
    public static final class ReceiverState {
        public String id;
        public String protocol;
        public double lossFraction;
        public double jitterMs = -1;
        public double rttMs = -1;
        public long estimateKbps = -1;
        public double delayTrend;
    }
}
