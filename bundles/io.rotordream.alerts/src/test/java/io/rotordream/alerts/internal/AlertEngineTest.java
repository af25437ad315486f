package io.rotordream.alerts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.Test;

import io.rotordream.alerts.internal.AlertStateMachine.State;

public class AlertEngineTest {

    static Rule rule(String name) {
        return new Rule(name, "m", "gt", 0, 0, 0, "info", "", 3_600_000, false);
    }

    @Test
    public void aRestoredFiringRuleDoesNotNotifyAgainEvenWhenItArrivesLate() {
        AlertEngine before = new AlertEngine();
        before.rules(List.of(rule("late")));
        assertTrue(before.evaluate(m -> 5.0, 1000).get(0).notified());
        Map<String, Map<String, Object>> saved = before.export();

        AlertEngine after = new AlertEngine();
        after.restore(saved); // the custom rule is not configured yet
        after.rules(List.of(rule("late")));
        assertEquals(State.FIRING, after.machines().get(0).state);
        assertTrue("still firing: no transition", after.evaluate(m -> 5.0, 2000).isEmpty());
        var resolved = after.evaluate(m -> -1.0, 3000).get(0);
        assertEquals(State.RESOLVED, resolved.to());
        assertTrue("the resolve of the firing notified before the restart is notified", resolved.notified());
        var again = after.evaluate(m -> 5.0, 4000).get(0);
        assertEquals("within the cooldown kept across the restart", false, again.notified());
    }

    @Test
    public void aSaveMadeBeforeTheCustomRuleArrivesKeepsItsState() {
        AlertEngine before = new AlertEngine();
        before.rules(List.of(rule("late")));
        before.evaluate(m -> 5.0, 1000);

        AlertEngine restarted = new AlertEngine();
        restarted.rules(List.of(rule("builtin")));
        restarted.restore(before.export());
        restarted.evaluate(m -> 5.0, 2000); // the built-in rule fires: the states are saved now
        AlertEngine again = new AlertEngine();
        again.restore(restarted.export());
        again.rules(List.of(rule("builtin"), rule("late")));
        assertTrue("both rules came back firing, nothing to notify", again.evaluate(m -> 5.0, 3000).isEmpty());
    }

    @Test
    public void aRuleWhoseComponentRestartsKeepsItsStateButADeletedOneStartsAfresh() {
        AlertEngine e = new AlertEngine();
        e.rules(List.of(rule("r")));
        e.evaluate(m -> 5.0, 1000);
        e.rules(List.of());
        e.rules(List.of(rule("r")));
        assertTrue("came back firing", e.evaluate(m -> 5.0, 2000).isEmpty());

        e.forget("r");
        e.rules(List.of());
        e.rules(List.of(rule("r")));
        assertTrue("a new rule of the same name notifies", e.evaluate(m -> 5.0, 3000).get(0).notified());
        assertTrue(e.export().containsKey("r"));
    }
}
