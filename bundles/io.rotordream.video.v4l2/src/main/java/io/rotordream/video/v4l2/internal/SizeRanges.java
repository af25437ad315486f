package io.rotordream.video.v4l2.internal;

import java.util.ArrayList;
import java.util.List;

import io.rotordream.video.v4l2.internal.VideoDevice.FrameIntervals;
import io.rotordream.video.v4l2.internal.VideoDevice.FrameSizes;

/**
 * Turns the stepwise and continuous ranges of VIDIOC_ENUM_FRAMESIZES / _FRAMEINTERVALS into the
 * finite lists a {@code FormatCapability} holds: common sizes and rates inside the range, plus its
 * ends.
 */
final class SizeRanges {
    private static final int[][] COMMON_SIZES = { { 160, 120 }, { 320, 240 }, { 640, 360 }, { 640, 480 },
        { 800, 600 }, { 1024, 768 }, { 1280, 720 }, { 1280, 960 }, { 1920, 1080 }, { 2560, 1440 }, { 3840, 2160 } };
    private static final double[] COMMON_RATES = { 1, 5, 10, 15, 20, 24, 25, 30, 50, 60, 90, 120 };
    private static final double TOLERANCE = 0.01;

    private SizeRanges() {
    }

    /** {width, height} pairs, smallest first. */
    static List<int[]> representativeSizes(FrameSizes s) {
        List<int[]> out = new ArrayList<>();
        if (s.isDiscrete()) {
            out.add(new int[] { s.minWidth(), s.minHeight() });
            return out;
        }
        out.add(new int[] { s.minWidth(), s.minHeight() });
        for (int[] c : COMMON_SIZES) {
            if (s.contains(c[0], c[1]) && !(c[0] == s.minWidth() && c[1] == s.minHeight())
                    && !(c[0] == s.maxWidth() && c[1] == s.maxHeight())) {
                out.add(c);
            }
        }
        if (s.maxWidth() != s.minWidth() || s.maxHeight() != s.minHeight()) {
            out.add(new int[] { s.maxWidth(), s.maxHeight() });
        }
        return out;
    }

    /** Frame rates, highest first, rounded to 3 decimals as {@code FormatCapability} wants. */
    static List<Double> rates(List<FrameIntervals> intervals) {
        List<Double> out = new ArrayList<>();
        for (FrameIntervals iv : intervals) {
            if (iv.isDiscrete()) {
                add(out, iv.min().fps());
                continue;
            }
            double lo = iv.max().fps();
            double hi = iv.min().fps();
            add(out, hi);
            for (int i = COMMON_RATES.length - 1; i >= 0; i--) {
                if (COMMON_RATES[i] < hi - TOLERANCE && COMMON_RATES[i] > lo + TOLERANCE) {
                    add(out, COMMON_RATES[i]);
                }
            }
            add(out, lo);
        }
        out.sort((a, b) -> Double.compare(b, a));
        return out;
    }

    private static void add(List<Double> out, double fps) {
        double r = Math.round(fps * 1000) / 1000.0;
        if (!out.contains(r)) {
            out.add(r);
        }
    }

    /**
     * The time per frame to ask the driver for: the device's own fraction when a discrete interval
     * matches (UVC counts in 100 ns units, 333333/10000000 for 30 fps), else the requested one.
     *
     * @return {@code null} when no interval matches
     */
    static VideoDevice.Fraction match(List<FrameIntervals> intervals, int fpsNum, int fpsDen) {
        double fps = (double) fpsNum / fpsDen;
        VideoDevice.Fraction asked = new VideoDevice.Fraction(fpsDen, fpsNum);
        if (intervals.isEmpty()) {
            return asked; // the driver does not enumerate: let S_PARM decide
        }
        for (FrameIntervals iv : intervals) {
            if (iv.isDiscrete()) {
                if (Math.abs(iv.min().fps() - fps) < TOLERANCE) {
                    return iv.min();
                }
            } else if (fps >= iv.max().fps() - TOLERANCE && fps <= iv.min().fps() + TOLERANCE) {
                return asked;
            }
        }
        return null;
    }

    static String describe(FrameSizes s) {
        if (s.isDiscrete()) {
            return s.minWidth() + "x" + s.minHeight();
        }
        return s.minWidth() + "-" + s.maxWidth() + (s.stepWidth() > 1 ? "/" + s.stepWidth() : "") + "x"
                + s.minHeight() + "-" + s.maxHeight() + (s.stepHeight() > 1 ? "/" + s.stepHeight() : "");
    }

    static String describeRates(List<Double> rates) {
        if (rates.isEmpty()) {
            return "any rate";
        }
        StringBuilder b = new StringBuilder();
        for (Double r : rates) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(r == Math.rint(r) ? String.valueOf(r.longValue()) : String.valueOf(r));
        }
        return b.toString();
    }
}
