package io.rotordream.video.api;

import java.util.Objects;

/** Pixel format, size and frame rate of a stream of pictures. Immutable. */
public final class FrameFormat {

    public final PixelFormat pixelFormat;
    public final int width;
    public final int height;
    /** Frame rate as a fraction, e.g. 30000/1001. */
    public final int fpsNum;
    public final int fpsDen;

    public FrameFormat(PixelFormat pixelFormat, int width, int height, int fpsNum, int fpsDen) {
        if (pixelFormat == null || width <= 0 || height <= 0 || fpsNum <= 0 || fpsDen <= 0) {
            throw new IllegalArgumentException("invalid frame format " + pixelFormat + " " + width + "x" + height
                    + " @" + fpsNum + "/" + fpsDen);
        }
        this.pixelFormat = pixelFormat;
        this.width = width;
        this.height = height;
        this.fpsNum = fpsNum;
        this.fpsDen = fpsDen;
    }

    public double fps() {
        return (double) fpsNum / fpsDen;
    }

    /** Nanoseconds between frames. */
    public long frameIntervalNanos() {
        return 1_000_000_000L * fpsDen / fpsNum;
    }

    public FrameFormat withSize(int w, int h) {
        return new FrameFormat(pixelFormat, w, h, fpsNum, fpsDen);
    }

    public FrameFormat withRate(int num, int den) {
        return new FrameFormat(pixelFormat, width, height, num, den);
    }

    public FrameFormat withPixelFormat(PixelFormat pf) {
        return new FrameFormat(pf, width, height, fpsNum, fpsDen);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameFormat f && f.pixelFormat == pixelFormat && f.width == width && f.height == height
                && (long) f.fpsNum * fpsDen == (long) fpsNum * f.fpsDen;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pixelFormat, width, height, fps());
    }

    @Override
    public String toString() {
        return pixelFormat + " " + width + "x" + height + "@" + (fpsDen == 1 ? fpsNum + "" : fpsNum + "/" + fpsDen);
    }
}
