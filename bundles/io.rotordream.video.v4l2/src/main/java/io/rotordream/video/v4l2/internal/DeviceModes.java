package io.rotordream.video.v4l2.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import io.rotordream.video.api.FormatCapability;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.v4l2.internal.VideoDevice.FormatDescription;
import io.rotordream.video.v4l2.internal.VideoDevice.Fraction;
import io.rotordream.video.v4l2.internal.VideoDevice.FrameIntervals;
import io.rotordream.video.v4l2.internal.VideoDevice.FrameSizes;

/**
 * What a device offers, from VIDIOC_ENUM_FMT / _FRAMESIZES / _FRAMEINTERVALS, restricted to the
 * pixel formats the pipeline handles. Immutable.
 */
final class DeviceModes {

    /**
     * One ENUM_FRAMESIZES entry of one pixel format; {@code intervals.get(i)} are the device's
     * intervals at the size of {@code listed.get(i)}.
     */
    record SizeEntry(PixelFormat pixelFormat, FrameSizes sizes, List<FormatCapability> listed,
            List<List<FrameIntervals>> intervals) {
    }

    /** Asks the device for the intervals at a size that was not listed (inside a stepwise range). */
    interface IntervalLookup {
        List<FrameIntervals> intervals(PixelFormat pf, int width, int height);
    }

    private final String device;
    private final List<SizeEntry> entries;
    private final List<FormatCapability> capabilities;

    DeviceModes(String device, List<SizeEntry> entries) {
        this.device = device;
        this.entries = List.copyOf(entries);
        List<FormatCapability> caps = new ArrayList<>();
        for (SizeEntry e : entries) {
            caps.addAll(e.listed());
        }
        this.capabilities = List.copyOf(caps);
    }

    static DeviceModes enumerate(VideoDevice d) throws V4l2Exception {
        List<SizeEntry> entries = new ArrayList<>();
        for (FormatDescription fd : d.enumFormats()) {
            PixelFormat pf = PixelFormat.ofFourcc(fd.fourcc());
            if (pf == null) {
                continue; // H.264, Bayer, ...: not a format the pipeline takes
            }
            for (FrameSizes s : d.enumFrameSizes(fd.fourcc())) {
                List<FormatCapability> listed = new ArrayList<>();
                List<List<FrameIntervals>> intervals = new ArrayList<>();
                for (int[] wh : SizeRanges.representativeSizes(s)) {
                    List<FrameIntervals> iv = d.enumFrameIntervals(fd.fourcc(), wh[0], wh[1]);
                    listed.add(new FormatCapability(pf, wh[0], wh[1], List.copyOf(SizeRanges.rates(iv))));
                    intervals.add(List.copyOf(iv));
                }
                entries.add(new SizeEntry(pf, s, List.copyOf(listed), List.copyOf(intervals)));
            }
        }
        return new DeviceModes(d.path(), entries);
    }

    List<FormatCapability> capabilities() {
        return capabilities;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Checks {@code f} against the device.
     *
     * @return the time per frame to set with VIDIOC_S_PARM
     * @throws IllegalArgumentException naming what the device offers
     */
    Fraction select(FrameFormat f, IntervalLookup lookup) {
        for (SizeEntry e : entries) {
            if (e.pixelFormat() != f.pixelFormat || !e.sizes().contains(f.width, f.height)) {
                continue;
            }
            List<FrameIntervals> intervals = intervalsAt(e, f, lookup);
            Fraction tpf = SizeRanges.match(intervals, f.fpsNum, f.fpsDen);
            if (tpf != null) {
                return tpf;
            }
            throw refuse(f, f.pixelFormat + " " + f.width + "x" + f.height + " runs at "
                    + SizeRanges.describeRates(SizeRanges.rates(intervals)) + " fps");
        }
        throw refuse(f, "it offers " + describe());
    }

    private static List<FrameIntervals> intervalsAt(SizeEntry e, FrameFormat f, IntervalLookup lookup) {
        for (int i = 0; i < e.listed().size(); i++) {
            FormatCapability c = e.listed().get(i);
            if (c.width == f.width && c.height == f.height) {
                return e.intervals().get(i);
            }
        }
        return lookup.intervals(f.pixelFormat, f.width, f.height);
    }

    private IllegalArgumentException refuse(FrameFormat f, String why) {
        return new IllegalArgumentException(device + " does not offer " + f + ": " + why);
    }

    /** e.g. {@code YUYV 640x480@30,15; YUYV 1280x720@10,5; NV12 64-1920/16x48-1080/8@30-1}. */
    String describe() {
        if (entries.isEmpty()) {
            return "no format the pipeline takes (NV12, I420, YUYV, MJPEG)";
        }
        StringBuilder b = new StringBuilder();
        for (SizeEntry e : entries) {
            if (b.length() > 0) {
                b.append("; ");
            }
            if (e.sizes().isDiscrete()) {
                FormatCapability c = e.listed().get(0);
                b.append(e.pixelFormat()).append(' ').append(SizeRanges.describe(e.sizes())).append('@')
                        .append(SizeRanges.describeRates(c.frameRates));
            } else {
                b.append(e.pixelFormat()).append(' ').append(SizeRanges.describe(e.sizes()));
            }
        }
        return b.toString();
    }

    /**
     * A sensible default: an uncompressed format at 25 fps or more, the size nearest 1280x720, NV12
     * before I420 before YUYV; MJPEG only when there is nothing else.
     */
    FrameFormat preferred() {
        Function<FormatCapability, Double> maxRate = c -> c.frameRates.isEmpty() ? 30.0 : c.frameRates.get(0);
        Comparator<FormatCapability> order = Comparator
                .comparing((FormatCapability c) -> maxRate.apply(c) < 24.99)
                .thenComparing(c -> c.pixelFormat == PixelFormat.MJPEG)
                .thenComparingLong(c -> Math.abs((long) c.width * c.height - 1280L * 720))
                .thenComparingInt(c -> c.pixelFormat.ordinal());
        FormatCapability best = capabilities.stream().min(order).orElse(null);
        if (best == null) {
            return null;
        }
        double fps = maxRate.apply(best);
        long rounded = Math.round(fps);
        if (Math.abs(fps - rounded) < 0.01) {
            return new FrameFormat(best.pixelFormat, best.width, best.height, (int) rounded, 1);
        }
        return new FrameFormat(best.pixelFormat, best.width, best.height, (int) Math.round(fps * 1000), 1000);
    }
}
