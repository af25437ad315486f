package io.rotordream.video.api;

import java.util.List;

/** One pixel format a sensor offers at one size, with the frame rates it offers there. */
public final class FormatCapability {
    public PixelFormat pixelFormat;
    public int width;
    public int height;
    /** Frame rates in frames per second (fractions rounded to 3 decimals). */
    public List<Double> frameRates;

    public FormatCapability() {
    }

    public FormatCapability(PixelFormat pixelFormat, int width, int height, List<Double> frameRates) {
        this.pixelFormat = pixelFormat;
        this.width = width;
        this.height = height;
        this.frameRates = frameRates;
    }

    public boolean matches(FrameFormat f) {
        if (f.pixelFormat != pixelFormat || f.width != width || f.height != height) {
            return false;
        }
        return frameRates.isEmpty() || frameRates.stream().anyMatch(r -> Math.abs(r - f.fps()) < 0.01);
    }
}
