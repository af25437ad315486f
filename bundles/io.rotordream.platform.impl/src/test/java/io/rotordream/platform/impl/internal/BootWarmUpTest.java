package io.rotordream.platform.impl.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import org.junit.Test;

public class BootWarmUpTest {

    /** A step that throws on this JDK would silently warm nothing: each must run as it is. */
    @Test
    public void everyStepRunsOnThisJdk() {
        assertFalse(BootWarmUp.STEPS.isEmpty());
        for (Runnable step : BootWarmUp.STEPS) {
            try {
                step.run();
            } catch (RuntimeException | LinkageError e) {
                fail("warm-up step fails here: " + e);
            }
        }
    }

    @Test
    public void aWarmUpRunSurvivesItself() {
        BootWarmUp.run();
        BootWarmUp.run();
    }
}
