package io.rotordream.video.synthetic.internal;

import java.nio.ByteBuffer;

import io.rotordream.video.api.Frame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.timecode.TimeCodeWriter;

/**
 * Renders frame n of the test pattern: the texture scrolling right and gently up and down, a
 * bouncing checkered box, and the time code band. Per frame it copies rows (memcpy speed) and
 * draws the box and the band; nothing is allocated.
 */
final class PatternRenderer {

    static final int SCROLL_PX_PER_FRAME = 4;
    private final FrameFormat format;
    private final Texture texture;
    private final TimeCodeWriter timeCode = new TimeCodeWriter();
    private final byte[] row;
    private final byte[] lumaLut = new byte[256];
    private int uShift;
    private int vShift;
    /** No gain and no white-balance shift: the texture's rows are copied as they are. */
    private boolean lumaAsIs;
    private boolean chromaAsIs;
    /** One row of the box for each phase of the checkers, put whole per row. */
    private final byte[][] boxRows = new byte[2][];

    PatternRenderer(FrameFormat format) {
        if (format.pixelFormat == PixelFormat.MJPEG) {
            throw new IllegalArgumentException("the synthetic sensor draws NV12, I420 or YUYV, not MJPEG");
        }
        if ((format.width & 1) != 0 || (format.height & 1) != 0) {
            throw new IllegalArgumentException("width and height must be even: " + format);
        }
        this.format = format;
        this.texture = new Texture(format.width, format.height, 0x5EED);
        this.row = new byte[format.width * 2];
        brightness(1.0, 0, 0);
    }

    FrameFormat format() {
        return format;
    }

    /**
     * Applies exposure/gain as a luma curve and white balance as a chroma shift, so the sensor
     * controls visibly change the picture.
     */
    void brightness(double gain, int uOffset, int vOffset) {
        for (int i = 0; i < 256; i++) {
            lumaLut[i] = (byte) Texture.clamp(16 + (i - 16) * gain);
        }
        this.uShift = uOffset;
        this.vShift = vOffset;
        boolean identity = true;
        for (int i = 0; i < 256; i++) {
            identity &= (lumaLut[i] & 0xff) == i;
        }
        this.lumaAsIs = identity;
        this.chromaAsIs = uOffset == 0 && vOffset == 0;
    }

    void render(Frame frame, long n) {
        ByteBuffer buf = frame.buffer();
        int w = format.width;
        int h = format.height;
        int sx = (int) ((n * SCROLL_PX_PER_FRAME) % w);
        int sy = (int) Math.round((Math.sin(n * 0.05) + 1) * h / 16.0);
        switch (format.pixelFormat) {
            case NV12 -> {
                lumaPlane(buf, frame.planeOffset(0), frame.stride(0), sx, sy);
                nv12Chroma(buf, frame.planeOffset(1), frame.stride(1), sx, sy);
                box(buf, frame.planeOffset(0), frame.stride(0), 1, n);
                timeCode.drawLuma(buf, frame.planeOffset(0), frame.stride(0), w, frame.sequence(),
                        frame.captureEpochMicros());
                TimeCodeWriter.neutralNv12(buf, frame.planeOffset(1), frame.stride(1), w);
            }
            case I420 -> {
                lumaPlane(buf, frame.planeOffset(0), frame.stride(0), sx, sy);
                i420Chroma(buf, frame.planeOffset(1), frame.planeOffset(2), frame.stride(1), sx, sy);
                box(buf, frame.planeOffset(0), frame.stride(0), 1, n);
                timeCode.drawLuma(buf, frame.planeOffset(0), frame.stride(0), w, frame.sequence(),
                        frame.captureEpochMicros());
                TimeCodeWriter.neutralI420(buf, frame.planeOffset(1), frame.planeOffset(2), frame.stride(1), w);
            }
            case YUYV -> {
                yuyv(buf, frame.planeOffset(0), frame.stride(0), sx, sy);
                box(buf, frame.planeOffset(0), frame.stride(0), 2, n);
                timeCode.drawYuyv(buf, frame.planeOffset(0), frame.stride(0), w, frame.sequence(),
                        frame.captureEpochMicros());
            }
            default -> throw new IllegalStateException();
        }
    }

    private void lumaPlane(ByteBuffer buf, int offset, int stride, int sx, int sy) {
        int w = format.width;
        for (int y = 0; y < format.height; y++) {
            int src = ((y + sy) % texture.height) * texture.width + sx;
            if (lumaAsIs) {
                buf.put(offset + y * stride, texture.luma, src, w);
                continue;
            }
            for (int x = 0; x < w; x++) {
                row[x] = lumaLut[texture.luma[src + x] & 0xff];
            }
            buf.put(offset + y * stride, row, 0, w);
        }
    }

    private void nv12Chroma(ByteBuffer buf, int offset, int stride, int sx, int sy) {
        int w = format.width;
        for (int y = 0; y < format.height / 2; y++) {
            int src = ((y + sy / 2) % (texture.height / 2)) * texture.width + (sx & ~1);
            if (chromaAsIs) {
                buf.put(offset + y * stride, texture.chroma, src, w);
                continue;
            }
            for (int x = 0; x < w; x += 2) {
                row[x] = (byte) Texture.clamp((texture.chroma[src + x] & 0xff) + uShift);
                row[x + 1] = (byte) Texture.clamp((texture.chroma[src + x + 1] & 0xff) + vShift);
            }
            buf.put(offset + y * stride, row, 0, w);
        }
    }

    private void i420Chroma(ByteBuffer buf, int uOffset, int vOffset, int stride, int sx, int sy) {
        int cw = format.width / 2;
        for (int y = 0; y < format.height / 2; y++) {
            int src = ((y + sy / 2) % (texture.height / 2)) * texture.width + (sx & ~1);
            for (int x = 0; x < cw; x++) {
                buf.put(uOffset + y * stride + x, (byte) Texture.clamp((texture.chroma[src + 2 * x] & 0xff) + uShift));
                buf.put(vOffset + y * stride + x,
                        (byte) Texture.clamp((texture.chroma[src + 2 * x + 1] & 0xff) + vShift));
            }
        }
    }

    private void yuyv(ByteBuffer buf, int offset, int stride, int sx, int sy) {
        int w = format.width;
        for (int y = 0; y < format.height; y++) {
            int src = ((y + sy) % texture.height) * texture.width + sx;
            int csrc = (((y + sy) / 2) % (texture.height / 2)) * texture.width + (sx & ~1);
            for (int x = 0; x < w; x += 2) {
                row[2 * x] = lumaLut[texture.luma[src + x] & 0xff];
                row[2 * x + 1] = (byte) Texture.clamp((texture.chroma[csrc + x] & 0xff) + uShift);
                row[2 * x + 2] = lumaLut[texture.luma[src + x + 1] & 0xff];
                row[2 * x + 3] = (byte) Texture.clamp((texture.chroma[csrc + x + 1] & 0xff) + vShift);
            }
            buf.put(offset + y * stride, row, 0, 2 * w);
        }
    }

    /** A box bouncing across the picture, checkered so motion search has something to find. */
    private void box(ByteBuffer buf, int offset, int stride, int bytesPerPixel, long n) {
        int bw = format.width / 6;
        int bh = format.height / 6;
        int x0 = bounce(n * 7, format.width - bw);
        int y0 = bounce(n * 5, format.height - bh);
        int check = Math.max(4, bw / 8);
        if (bytesPerPixel == 1) {
            for (int y = 0; y < bh; y++) {
                buf.put(offset + (y0 + y) * stride + x0, boxRow((y / check) % 2, bw, check), 0, bw);
            }
            return;
        }
        for (int y = 0; y < bh; y++) {
            int base = offset + (y0 + y) * stride;
            for (int x = 0; x < bw; x++) {
                boolean light = ((x / check) + (y / check)) % 2 == 0;
                buf.put(base + (x0 + x) * bytesPerPixel, light ? (byte) 220 : (byte) 30);
            }
        }
    }

    private byte[] boxRow(int phase, int bw, int check) {
        byte[] r = boxRows[phase];
        if (r == null) {
            r = new byte[bw];
            for (int x = 0; x < bw; x++) {
                r[x] = ((x / check) + phase) % 2 == 0 ? (byte) 220 : (byte) 30;
            }
            boxRows[phase] = r;
        }
        return r;
    }

    private static int bounce(long t, int range) {
        if (range <= 0) {
            return 0;
        }
        long period = 2L * range;
        long p = t % period;
        return (int) (p < range ? p : period - p);
    }
}
