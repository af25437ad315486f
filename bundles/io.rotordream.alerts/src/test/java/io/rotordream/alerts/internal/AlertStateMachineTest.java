package io.rotordream.alerts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

import io.rotordream.alerts.internal.AlertStateMachine.State;
import io.rotordream.alerts.internal.AlertStateMachine.Transition;

/** The state machine driven by a controlled clock (milliseconds passed in). */
public class AlertStateMachineTest {

    static final long S = 1000;
    static final long MIN = 60 * S;

    static Rule cpu(long forMs, double hysteresis, long cooldown) {
        return new Rule("cpu_high", "cpu_usage_percent", "gt", 80, forMs, hysteresis, "warning", "", cooldown, true);
    }

    @Test
    public void pendingThenFiringOnlyAfterTheConditionHeldForItsDuration() {
        AlertStateMachine m = new AlertStateMachine(cpu(60 * S, 0, 5 * MIN));
        assertNull(m.step(50.0, 0));
        Transition t = m.step(90.0, 10 * S);
        assertEquals(State.PENDING, t.to());
        assertFalse("pending is not notified", t.notified());
        assertNull(m.step(95.0, 40 * S));
        assertNull("69.9 s after the start: still pending", m.step(95.0, 69_900));
        t = m.step(95.0, 70 * S);
        assertEquals(State.FIRING, t.to());
        assertTrue(t.notified());
    }

    @Test
    public void aBriefSpikeNeverFires() {
        AlertStateMachine m = new AlertStateMachine(cpu(60 * S, 0, 5 * MIN));
        assertEquals(State.PENDING, m.step(99.0, 0).to());
        assertEquals(State.INACTIVE, m.step(70.0, 30 * S).to());
        assertEquals(State.PENDING, m.step(99.0, 40 * S).to());
        assertNull("the duration restarts with the new breach", m.step(99.0, 90 * S));
        assertEquals(State.FIRING, m.step(99.0, 100 * S).to());
    }

    @Test
    public void clearsOnlyPastTheHysteresisBand() {
        AlertStateMachine m = new AlertStateMachine(cpu(0, 5, 5 * MIN));
        assertEquals("no duration: fires at once", State.FIRING, m.step(85.0, 0).to());
        assertNull("79 is below the threshold but inside the band", m.step(79.0, S));
        assertNull(m.step(76.0, 2 * S));
        Transition t = m.step(75.0, 3 * S);
        assertEquals(State.RESOLVED, t.to());
        assertTrue("a notified firing is followed by a notified resolve", t.notified());
    }

    @Test
    public void cooldownLimitsNotificationsOfAFlappingRule() {
        AlertStateMachine m = new AlertStateMachine(cpu(0, 0, 5 * MIN));
        assertTrue(m.step(90.0, 0).notified());
        Transition resolved = m.step(70.0, MIN);
        assertTrue(resolved.notified());
        Transition again = m.step(90.0, 2 * MIN);
        assertEquals(State.FIRING, again.to());
        assertFalse("within the cooldown", again.notified());
        assertTrue(again.suppressed());
        Transition quietResolve = m.step(70.0, 3 * MIN);
        assertFalse("the resolve of a suppressed firing is not sent either", quietResolve.notified());
        assertTrue("after the cooldown it notifies again", m.step(90.0, 5 * MIN).notified());
    }

    @Test
    public void aVanishedMetricResolvesAndStopsPending() {
        long gone = AlertStateMachine.VANISHED_MILLIS;
        AlertStateMachine m = new AlertStateMachine(cpu(0, 0, 0));
        m.step(90.0, 0);
        assertEquals("a missed sample changes nothing", null, m.step(null, S));
        assertEquals(State.RESOLVED, m.step(null, S + gone).to());
        AlertStateMachine p = new AlertStateMachine(cpu(60 * S, 0, 0));
        assertEquals(State.PENDING, p.step(90.0, 0).to());
        assertEquals(null, p.step(null, S));
        assertEquals(State.INACTIVE, p.step(null, S + gone).to());
    }

    @Test
    public void aFiringAlertSurvivesAGapInItsMetricWithoutASecondNotification() {
        AlertStateMachine m = new AlertStateMachine(cpu(0, 0, 0));
        assertTrue(m.step(90.0, 0).notified());
        assertEquals(null, m.step(null, S));
        assertEquals(null, m.step(null, 2 * S));
        assertEquals("still firing once the metric is back", null, m.step(90.0, 3 * S));
        assertEquals(State.FIRING, m.state);
    }

    @Test
    public void lowerIsWorseRulesMirrorTheBand() {
        Rule fps = new Rule("fps_low", "video_fps", "lt", 25, 0, 1.25, "critical", "", 0, true);
        AlertStateMachine m = new AlertStateMachine(fps);
        assertEquals(State.FIRING, m.step(20.0, 0).to());
        assertNull(m.step(26.0, S));
        assertEquals(State.RESOLVED, m.step(26.25, 2 * S).to());
    }
}
