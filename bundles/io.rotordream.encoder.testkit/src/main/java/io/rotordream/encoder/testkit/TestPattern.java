package io.rotordream.encoder.testkit;

import java.util.Random;

import io.rotordream.video.api.PixelFormat;

/**
 * A moving textured picture: a camera-like texture scrolling at a non-integer speed (so motion
 * compensation has residual to code), coloured bands drifting the other way, and a little fresh
 * noise per frame so a rate controller has something to spend its bits on.
 */
public final class TestPattern {

    public static final long START_NANOS = 5_000_000_000L;
    public static final long START_EPOCH_MICROS = 1_767_225_600_000_000L;

    /** Fresh noise per frame, -3..+4, like a sensor's. */
    private static final int NOISE_MASK = 7;

    private final int width;
    private final int height;
    private final int fps;
    private final int textureWidth;
    private final int textureHeight;
    private final byte[] texture;
    private final byte[] row;
    private final int[] uColumn;
    private long noise = 0x9E3779B97F4A7C15L;

    public TestPattern(int width, int height, int fps) {
        this.width = width;
        this.height = height;
        this.fps = fps;
        textureWidth = width * 2;
        textureHeight = height * 2;
        texture = new byte[textureWidth * textureHeight];
        row = new byte[width];
        uColumn = new int[width / 2];
        // Camera-like texture: smooth shapes (a coarse random grid, bilinearly interpolated) with
        // fine detail of a smaller amplitude on top.
        Random random = new Random(42);
        int cell = 16;
        int gridWidth = textureWidth / cell + 1;
        int gridHeight = textureHeight / cell + 1;
        int[] grid = new int[gridWidth * gridHeight];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = 40 + random.nextInt(176);
        }
        for (int y = 0; y < textureHeight; y++) {
            int gy = y / cell;
            int fy = y % cell;
            for (int x = 0; x < textureWidth; x++) {
                int gx = x / cell;
                int fx = x % cell;
                int gx1 = (gx + 1) % gridWidth;
                int gy1 = (gy + 1) % gridHeight;
                int top = grid[gy * gridWidth + gx] * (cell - fx) + grid[gy * gridWidth + gx1] * fx;
                int bottom = grid[gy1 * gridWidth + gx] * (cell - fx) + grid[gy1 * gridWidth + gx1] * fx;
                int smooth = (top * (cell - fy) + bottom * fy) / (cell * cell);
                texture[y * textureWidth + x] = (byte) Math.max(16, Math.min(235, smooth + random.nextInt(21) - 10));
            }
        }
    }

    public long captureNanos(long index) {
        return START_NANOS + index * 1_000_000_000L / fps;
    }

    public long epochMicros(long index) {
        return START_EPOCH_MICROS + index * 1_000_000L / fps;
    }

    /**
     * Paints picture {@code index} into {@code frame} and stamps it with this pattern's clock (a
     * test that wants other times stamps the frame again). Allocates nothing.
     */
    public void paint(TestFrame frame, int index) {
        frame.stamp(index, captureNanos(index), epochMicros(index));
        int dx = index * 5 / 2;
        int dy = index / 2;
        for (int y = 0; y < height; y++) {
            int ty = ((y + dy) % textureHeight) * textureWidth;
            for (int x = 0; x < width; x++) {
                noise ^= noise << 13;
                noise ^= noise >>> 7;
                noise ^= noise << 17;
                int v = (texture[ty + (x + dx) % textureWidth] & 0xff) + (int) (noise & NOISE_MASK) - NOISE_MASK / 2;
                row[x] = (byte) Math.max(16, Math.min(235, v));
            }
            frame.buffer.put(frame.offsets[0] + y * frame.strides[0], row, 0, width);
        }
        for (int x = 0; x < width / 2; x++) {
            uColumn[x] = 128 + (int) (60 * Math.sin((x - index * 2) / 23.0));
        }
        for (int y = 0; y < height / 2; y++) {
            int v = 128 + (int) (60 * Math.cos((y + index) / 17.0));
            for (int x = 0; x < width / 2; x++) {
                int u = uColumn[x];
                if (frame.format.pixelFormat == PixelFormat.NV12) {
                    int at = frame.offsets[1] + y * frame.strides[1] + 2 * x;
                    frame.buffer.put(at, (byte) u);
                    frame.buffer.put(at + 1, (byte) v);
                } else {
                    frame.buffer.put(frame.offsets[1] + y * frame.strides[1] + x, (byte) u);
                    frame.buffer.put(frame.offsets[2] + y * frame.strides[2] + x, (byte) v);
                }
            }
        }
    }
}
