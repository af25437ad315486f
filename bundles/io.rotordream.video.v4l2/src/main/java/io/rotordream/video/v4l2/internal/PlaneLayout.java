package io.rotordream.video.v4l2.internal;

import io.rotordream.video.api.PixelFormat;

/** Where each plane starts and how long its rows are, from the driver's bytesperline. */
final class PlaneLayout {
    private final int[] offsets;
    private final int[] strides;

    private PlaneLayout(int[] offsets, int[] strides) {
        this.offsets = offsets;
        this.strides = strides;
    }

    /**
     * videodev2.h: bytesperline is the luma row length of the single-planar formats (chroma of
     * NV12 has the same, of YU12 half) and 0 for compressed formats.
     */
    static PlaneLayout of(PixelFormat pf, int bytesPerLine, int width, int height) {
        return switch (pf) {
            case NV12 -> {
                int y = bytesPerLine > 0 ? bytesPerLine : width;
                yield new PlaneLayout(new int[] { 0, y * height }, new int[] { y, y });
            }
            case I420 -> {
                int y = bytesPerLine > 0 ? bytesPerLine : width;
                int c = y / 2;
                yield new PlaneLayout(new int[] { 0, y * height, y * height + c * (height / 2) },
                        new int[] { y, c, c });
            }
            case YUYV -> new PlaneLayout(new int[] { 0 }, new int[] { bytesPerLine > 0 ? bytesPerLine : width * 2 });
            case MJPEG -> new PlaneLayout(new int[] { 0 }, new int[] { 0 });
        };
    }

    int offset(int plane) {
        return offsets[plane];
    }

    int stride(int plane) {
        return strides[plane];
    }
}
