package io.rotordream.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * Hot swap is a promise: every RotorDream bundle can be stopped, started and updated in place
 * while the others keep running, and the appliance comes back to ready by itself.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class HotSwapIT extends RotorDreamTestSupport {

    @Test
    public void everyBundleStopsStartsAndUpdatesWithoutBreakingTheOthers() throws Exception {
        List<String> problems = new ArrayList<>();
        int swapped = 0;
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName();
            if (!name.startsWith("io.rotordream.") || b.getHeaders().get("Fragment-Host") != null) {
                continue;
            }
            try {
                b.stop();
                assertOthersActive(name, problems);
                if (swapped % 2 == 0) {
                    // The same jar again, as a field update by bundle replacement does it: update,
                    // then refresh so every bundle wired to the old revision rewires.
                    b.update();
                    b.start();
                    refresh(b);
                } else {
                    b.start();
                }
                awaitHealth(200, 30_000);
                swapped++;
            } catch (BundleException | AssertionError e) {
                problems.add(name + ": " + e.getMessage());
                b.start();
            }
        }
        assertTrue("swapped " + swapped, swapped >= 20);
        assertTrue(String.join("\n", problems), problems.isEmpty());
        Http.Reply status = http.get("/api/camera/status", adminToken());
        assertEquals(200, status.status);
        assertTrue("video still flows: " + status.body, status.json().path("actual_fps").asDouble() > 5);
    }

    private void refresh(Bundle b) throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        context.getBundle(0).adapt(org.osgi.framework.wiring.FrameworkWiring.class)
                .refreshBundles(List.of(b), event -> done.countDown());
        assertTrue("refresh after updating " + b.getSymbolicName(), done.await(60, java.util.concurrent.TimeUnit.SECONDS));
    }

    private void assertOthersActive(String stopped, List<String> problems) {
        for (Bundle o : context.getBundles()) {
            if (!o.getSymbolicName().equals(stopped) && o.getState() != Bundle.ACTIVE
                    && o.getHeaders().get("Fragment-Host") == null) {
                problems.add("stopping " + stopped + " left " + o.getSymbolicName() + " in state " + o.getState());
            }
        }
    }
}
