package io.rotordream.streaming.adaptive.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class AdaptiveLogicTest {

    private static final AdaptiveLogic.Params P = new AdaptiveLogic.Params(1000, 8000, 500, 0.95, 10_000_000_000L);
    private long now = 100_000_000_000L;

    private Receiver receiver() {
        return new Receiver("main", "r", "webrtc", () -> now, () -> {
        });
    }

    @Test
    public void lossAboveTheThresholdStepsDownButNeverBelowTheMinimum() {
        Receiver r = receiver();
        r.reportReception(0.08, 2, 20);
        AdaptiveLogic.Decision d = AdaptiveLogic.decide(List.of(r), 2500, 2500, P, now);
        assertEquals(2000, d.targetKbps());
        assertEquals("decrease", d.decision());
        assertTrue(d.reason(), d.reason().contains("loss 8.0%"));
        assertEquals(1000, AdaptiveLogic.decide(List.of(r), 1200, 2500, P, now).targetKbps());
        assertEquals("hold", AdaptiveLogic.decide(List.of(r), 1000, 2500, P, now).decision());
    }

    @Test
    public void theMostConstrainedReceiverDecides() {
        Receiver good = receiver();
        good.reportReception(0, 1, 5);
        good.reportEstimate(20_000_000);
        Receiver thin = receiver();
        thin.reportReception(0, 1, 5);
        thin.reportEstimate(1_500_000);
        AdaptiveLogic.Decision d = AdaptiveLogic.decide(List.of(good, thin), 4000, 4000, P, now);
        assertEquals("straight to 90 % of the lowest estimate", 1350, d.targetKbps());
        assertEquals(1500, d.lowestEstimateKbps());
    }

    @Test
    public void aQueueBuildingStepsDown() {
        Receiver r = receiver();
        r.reportReception(0, 1, 5);
        r.reportDelayTrend(25);
        assertEquals(3500, AdaptiveLogic.decide(List.of(r), 4000, 4000, P, now).targetKbps());
    }

    @Test
    public void cleanReceiversStepUpToTheEstimateOrTheConfiguredRateButNotPastTheMaximum() {
        Receiver r = receiver();
        r.reportReception(0, 1, 5);
        assertEquals(2500, AdaptiveLogic.decide(List.of(r), 2000, 2500, P, now).targetKbps());
        assertEquals("no estimate: no probing past the configured rate", 2500,
                AdaptiveLogic.decide(List.of(r), 2500, 2500, P, now).targetKbps());
        r.reportEstimate(50_000_000);
        assertEquals(3000, AdaptiveLogic.decide(List.of(r), 2500, 2500, P, now).targetKbps());
        assertEquals(8000, AdaptiveLogic.decide(List.of(r), 8000, 2500, P, now).targetKbps());
    }

    @Test
    public void staleReportsHold() {
        Receiver r = receiver();
        r.reportReception(0.5, 1, 5);
        now += 60_000_000_000L;
        AdaptiveLogic.Decision d = AdaptiveLogic.decide(List.of(r), 3000, 3000, P, now);
        assertEquals(3000, d.targetKbps());
        assertEquals("hold", d.decision());
    }
}
