package io.rotordream.platform.impl.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import org.junit.Test;

public class JdkWarmUpTest {

    /** A step that throws on this JDK would silently warm nothing: each must run as it is. */
    @Test
    public void everyStepRunsOnThisJdk() {
        assertFalse(JdkWarmUp.STEPS.isEmpty());
        for (Runnable step : JdkWarmUp.STEPS) {
            try {
                step.run();
            } catch (RuntimeException | LinkageError e) {
                fail("warm-up step fails on this JDK: " + e);
            }
        }
    }

    @Test
    public void aWarmUpRunSurvivesItself() {
        JdkWarmUp.run();
        JdkWarmUp.run();
    }
}
