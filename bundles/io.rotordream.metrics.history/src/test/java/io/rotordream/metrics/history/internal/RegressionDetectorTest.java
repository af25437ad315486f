package io.rotordream.metrics.history.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.Test;

import io.rotordream.metrics.api.history.RegressionFinding;
import io.rotordream.metrics.history.internal.RegressionDetector.Direction;

/**
 * The detector on generated series: 30 recent points against 120 baseline points (the default
 * windows, 30 min against 2 h at the 1-minute step). It must find a 10 % shift and stay quiet on
 * stationary noise, independent or autocorrelated; the rates measured are printed.
 */
public class RegressionDetectorTest {

    static final int RECENT = 30;
    static final int BASELINE = 120;
    static final int TRIALS = 2000;

    private final RegressionDetector detector = new RegressionDetector(RegressionDetector.Settings.DEFAULT);

    /** AR(1) noise around a mean: x_t = mean + rho (x_{t-1} - mean) + e_t, with the stationary sd given. */
    static double[] ar1(Random rnd, int n, double mean, double sd, double rho, double[] carry) {
        double[] x = new double[n];
        double innovation = sd * Math.sqrt(1 - rho * rho);
        double prev = carry[0];
        for (int i = 0; i < n; i++) {
            prev = rho * prev + innovation * rnd.nextGaussian();
            x[i] = mean + prev;
        }
        carry[0] = prev;
        return x;
    }

    private String verdict(Direction dir, double[] baseline, double[] recent) {
        RegressionFinding f = detector.compare("m", dir, baseline, recent);
        detector.decide(List.of(f));
        return f.verdict;
    }

    /** Share of trials flagged as anything but "none". */
    private double flaggedRate(long seed, double shift, double cv, double rho, Direction dir) {
        Random rnd = new Random(seed);
        int flagged = 0;
        for (int t = 0; t < TRIALS; t++) {
            double[] carry = { rnd.nextGaussian() * cv * 100 };
            double[] b = ar1(rnd, BASELINE, 100, cv * 100, rho, carry);
            double[] r = ar1(rnd, RECENT, 100 * (1 + shift), cv * 100, rho, carry);
            if (!verdict(dir, b, r).equals("none")) {
                flagged++;
            }
        }
        return (double) flagged / TRIALS;
    }

    @Test
    public void findsATenPercentRiseOfALatency() {
        double power5 = flaggedRate(1, 0.10, 0.05, 0, Direction.HIGHER_IS_WORSE);
        double power10 = flaggedRate(2, 0.10, 0.10, 0, Direction.HIGHER_IS_WORSE);
        double power10ar = flaggedRate(3, 0.10, 0.10, 0.5, Direction.HIGHER_IS_WORSE);
        System.out.printf("10%% shift found: noise CV 5%% %.4f, CV 10%% %.4f, CV 10%% AR(0.5) %.4f%n", power5, power10,
                power10ar);
        assertTrue("power at CV 5%: " + power5, power5 >= 0.99);
        assertTrue("power at CV 10%: " + power10, power10 >= 0.95);
    }

    @Test
    public void aTenPercentFallOfTheFrameRateIsARegressionAndARiseAnImprovement() {
        Random rnd = new Random(7);
        double[] carry = { 0 };
        double[] b = ar1(rnd, BASELINE, 30, 1.0, 0, carry);
        assertEquals("regression", verdict(Direction.LOWER_IS_WORSE, b, ar1(rnd, RECENT, 27, 1.0, 0, carry)));
        assertEquals("improvement", verdict(Direction.LOWER_IS_WORSE, b, ar1(rnd, RECENT, 33, 1.0, 0, carry)));
        assertEquals("change", verdict(Direction.NEUTRAL, b, ar1(rnd, RECENT, 33, 1.0, 0, carry)));
    }

    @Test
    public void staysQuietOnStationaryNoise() {
        double iid = flaggedRate(11, 0, 0.10, 0, Direction.HIGHER_IS_WORSE);
        double ar5 = flaggedRate(12, 0, 0.10, 0.5, Direction.HIGHER_IS_WORSE);
        double ar8 = flaggedRate(13, 0, 0.10, 0.8, Direction.HIGHER_IS_WORSE);
        System.out.printf("false positives on stationary noise (%d trials each): iid %.4f, AR(0.5) %.4f, AR(0.8) %.4f%n",
                TRIALS, iid, ar5, ar8);
        assertTrue("iid " + iid, iid <= 0.01);
        assertTrue("AR(0.5) " + ar5, ar5 <= 0.02);
        assertTrue("AR(0.8) " + ar8, ar8 <= 0.05);
    }

    @Test
    public void falsePositivesPerCallOverThirtyStationarySeries() {
        Random rnd = new Random(21);
        int calls = 300;
        int noisyCalls = 0;
        for (int c = 0; c < calls; c++) {
            List<RegressionFinding> all = new ArrayList<>();
            for (int s = 0; s < 30; s++) {
                double[] carry = { 0 };
                double rho = s % 3 == 0 ? 0.6 : 0;
                all.add(detector.compare("s" + s, Direction.HIGHER_IS_WORSE, ar1(rnd, BASELINE, 50, 5, rho, carry),
                        ar1(rnd, RECENT, 50, 5, rho, carry)));
            }
            detector.decide(all);
            if (all.stream().anyMatch(f -> !f.verdict.equals("none"))) {
                noisyCalls++;
            }
        }
        System.out.printf("calls over 30 stationary series reporting anything: %d of %d%n", noisyCalls, calls);
        assertTrue(noisyCalls <= calls * 0.03);
    }

    @Test
    public void tooFewSamplesIsNoVerdict() {
        assertNull(detector.compare("m", Direction.HIGHER_IS_WORSE, new double[] { 1, 2, 3 }, new double[] { 4, 5 }));
        double[] withGaps = new double[40];
        java.util.Arrays.fill(withGaps, Double.NaN);
        assertNull(detector.compare("m", Direction.HIGHER_IS_WORSE, withGaps, withGaps));
    }

    @Test
    public void statisticsHelpers() {
        assertEquals(0.0455, Stats.twoSidedP(2.0), 1e-4);
        assertEquals(1.0, Stats.twoSidedP(0), 1e-6);
        assertEquals(2.5, Stats.median(new double[] { 4, 1, 3, 2 }), 0);
        double[] u = Stats.mannWhitney(new double[] { 3, 4 }, new double[] { 1, 2 });
        assertEquals(4, u[0], 0);
        double[] tied = Stats.mannWhitney(new double[] { 1, 1 }, new double[] { 1, 1 });
        assertEquals(2, tied[0], 0);
        assertEquals(60, tied[1], 0); // one run of 4 ties: 4^3 - 4
    }
}
