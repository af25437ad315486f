package io.rotordream.video.synthetic.internal;

import java.util.SplittableRandom;

/**
 * A picture twice as wide as the frame, computed once per format: smooth value noise (large
 * shapes), sine gratings (edges at many angles) and fine grain (detail that costs bits). Frames
 * are windows into it that scroll, so every frame has real motion and detail, and rendering is a
 * copy, not a computation.
 */
final class Texture {

    final int width;
    final int height;
    final byte[] luma;
    /** Interleaved U,V at half resolution. */
    final byte[] chroma;

    Texture(int frameWidth, int frameHeight, long seed) {
        this.width = frameWidth * 2;
        this.height = frameHeight;
        this.luma = new byte[width * height];
        this.chroma = new byte[width * (height / 2)];
        SplittableRandom random = new SplittableRandom(seed);
        int cell = Math.max(8, frameWidth / 20);
        int gw = width / cell + 8;
        int gh = height / cell + 8;
        double[] grid = new double[gw * gh];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = random.nextDouble();
        }
        // sin(a + b) = sin a cos b + cos a sin b: trigonometry per column and per row only, so a
        // 4K texture is computed in well under a second even before the JIT has warmed up.
        double[] sinX = new double[width];
        double[] cosX = new double[width];
        for (int x = 0; x < width; x++) {
            sinX[x] = Math.sin(x * 0.13);
            cosX[x] = Math.cos(x * 0.13);
        }
        for (int y = 0; y < height; y++) {
            double phase = Math.sin(y * 0.021) * 6;
            double sinP = Math.sin(phase);
            double cosP = Math.cos(phase);
            double rowScale = Math.cos(y * 0.09);
            for (int x = 0; x < width; x++) {
                double n = valueNoise(grid, gw, x / (double) cell, y / (double) cell);
                double grating = (sinX[x] * cosP + cosX[x] * sinP) * rowScale;
                double v = 40 + 140 * n + 30 * grating + random.nextInt(17) - 8;
                luma[y * width + x] = (byte) clamp(v);
            }
        }
        for (int y = 0; y < height / 2; y++) {
            double cosY = Math.cos(y * 0.03);
            for (int x = 0; x < width / 2; x++) {
                double n = valueNoise(grid, gw, x * 2.0 / cell + 3.7, y * 2.0 / cell + 1.3);
                chroma[y * width + 2 * x] = (byte) clamp(128 + 60 * Math.sin(x * 0.02) * n);
                chroma[y * width + 2 * x + 1] = (byte) clamp(128 + 60 * cosY * (1 - n));
            }
        }
    }

    private static double valueNoise(double[] grid, int gw, double fx, double fy) {
        int x0 = (int) fx;
        int y0 = (int) fy;
        double tx = smooth(fx - x0);
        double ty = smooth(fy - y0);
        double a = grid[y0 * gw + x0];
        double b = grid[y0 * gw + x0 + 1];
        double c = grid[(y0 + 1) * gw + x0];
        double d = grid[(y0 + 1) * gw + x0 + 1];
        return (a + (b - a) * tx) * (1 - ty) + (c + (d - c) * tx) * ty;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    static int clamp(double v) {
        return v < 0 ? 0 : v > 255 ? 255 : (int) v;
    }
}
