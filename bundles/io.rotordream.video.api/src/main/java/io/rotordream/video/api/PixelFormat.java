package io.rotordream.video.api;

/** Pixel layouts the pipeline handles. */
public enum PixelFormat {
    /** 8-bit Y plane, then interleaved U/V at half resolution (V4L2 NV12, x264 NV12). */
    NV12('N', 'V', '1', '2', 2),
    /** 8-bit Y, U, V planes, chroma at half resolution (x264 I420, openh264, x265). */
    I420('Y', 'U', '1', '2', 3),
    /** Packed 4:2:2, Y0 U Y1 V (most USB cameras). */
    YUYV('Y', 'U', 'Y', 'V', 1),
    /** Motion JPEG, one compressed picture per frame. */
    MJPEG('M', 'J', 'P', 'G', 1);

    private final int fourcc;
    private final int planes;

    PixelFormat(char a, char b, char c, char d, int planes) {
        this.fourcc = a | (b << 8) | (c << 16) | (d << 24);
        this.planes = planes;
    }

    /** The V4L2 fourcc code. */
    public int fourcc() {
        return fourcc;
    }

    public int planes() {
        return planes;
    }

    /** @return the format, or {@code null} when the fourcc names none of these */
    public static PixelFormat ofFourcc(int fourcc) {
        for (PixelFormat f : values()) {
            if (f.fourcc == fourcc) {
                return f;
            }
        }
        return null;
    }

    /** Bytes of a tightly packed picture (MJPEG: an upper bound). */
    public int frameBytes(int width, int height) {
        return switch (this) {
            case NV12, I420 -> width * height * 3 / 2;
            case YUYV -> width * height * 2;
            case MJPEG -> width * height * 2;
        };
    }
}
