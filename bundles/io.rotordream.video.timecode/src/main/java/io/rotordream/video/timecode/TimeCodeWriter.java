package io.rotordream.video.timecode;

import java.nio.ByteBuffer;

/**
 * Draws the time code into a picture in place. One writer per source: it reuses its payload
 * array, so drawing allocates nothing.
 */
public final class TimeCodeWriter {

    private final byte[] payload = new byte[12];

    /**
     * Draws the band into an 8-bit luma plane.
     *
     * @param offset byte offset of the plane's first row in {@code buf}
     * @param stride bytes per row
     */
    public void drawLuma(ByteBuffer buf, int offset, int stride, int width, long sequence, long epochMicros) {
        TimeCode.write(payload, sequence, epochMicros);
        int s = TimeCode.blockSize(width);
        for (int by = 0; by < TimeCode.BAND_ROWS; by++) {
            for (int bx = 0; bx < TimeCode.BAND_COLUMNS; bx++) {
                int value = TimeCode.BLACK;
                if (by >= 1 && by <= TimeCode.ROWS && bx >= 1 && bx <= TimeCode.COLUMNS) {
                    value = TimeCode.bit(payload, (by - 1) * TimeCode.COLUMNS + (bx - 1)) ? TimeCode.WHITE
                            : TimeCode.BLACK;
                }
                fill(buf, offset + by * s * stride + bx * s, stride, s, s, (byte) value);
            }
        }
    }

    /** Neutral chroma under the band of an NV12 picture (interleaved U/V at half resolution). */
    public static void neutralNv12(ByteBuffer buf, int uvOffset, int uvStride, int width) {
        int s = TimeCode.blockSize(width);
        fill(buf, uvOffset, uvStride, TimeCode.BAND_COLUMNS * s, TimeCode.BAND_ROWS * s / 2, (byte) 128);
    }

    /** Neutral chroma under the band of an I420 picture (U and V planes at half resolution). */
    public static void neutralI420(ByteBuffer buf, int uOffset, int vOffset, int chromaStride, int width) {
        int s = TimeCode.blockSize(width);
        fill(buf, uOffset, chromaStride, TimeCode.BAND_COLUMNS * s / 2, TimeCode.BAND_ROWS * s / 2, (byte) 128);
        fill(buf, vOffset, chromaStride, TimeCode.BAND_COLUMNS * s / 2, TimeCode.BAND_ROWS * s / 2, (byte) 128);
    }

    /** Draws the band into a packed YUYV picture (Y0 U Y1 V), chroma neutral. */
    public void drawYuyv(ByteBuffer buf, int offset, int stride, int width, long sequence, long epochMicros) {
        TimeCode.write(payload, sequence, epochMicros);
        int s = TimeCode.blockSize(width);
        for (int y = 0; y < TimeCode.BAND_ROWS * s; y++) {
            int by = y / s;
            int row = offset + y * stride;
            for (int x = 0; x < TimeCode.BAND_COLUMNS * s; x++) {
                int bx = x / s;
                int value = TimeCode.BLACK;
                if (by >= 1 && by <= TimeCode.ROWS && bx >= 1 && bx <= TimeCode.COLUMNS) {
                    value = TimeCode.bit(payload, (by - 1) * TimeCode.COLUMNS + (bx - 1)) ? TimeCode.WHITE
                            : TimeCode.BLACK;
                }
                buf.put(row + 2 * x, (byte) value);
                buf.put(row + 2 * x + 1, (byte) 128);
            }
        }
    }

    private static void fill(ByteBuffer buf, int offset, int stride, int w, int h, byte value) {
        for (int y = 0; y < h; y++) {
            int row = offset + y * stride;
            for (int x = 0; x < w; x++) {
                buf.put(row + x, value);
            }
        }
    }
}
