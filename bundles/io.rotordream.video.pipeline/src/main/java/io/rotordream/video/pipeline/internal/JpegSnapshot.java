package io.rotordream.video.pipeline.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import io.rotordream.video.api.PixelFormat;

/** A captured picture as JPEG, through the JDK's ImageIO (BT.601 limited-range YUV to RGB). */
final class JpegSnapshot {

    private JpegSnapshot() {
    }

    static byte[] encode(CaptureStage.Picture p, int quality) {
        int w = p.format().width;
        int h = p.format().height;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        byte[] d = p.data();
        PixelFormat pf = p.format().pixelFormat;
        if (pf == PixelFormat.MJPEG) {
            throw new IllegalStateException("the sensor delivers MJPEG; snapshots need a raw format");
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int luma;
                int u;
                int v;
                switch (pf) {
                    case NV12 -> {
                        luma = d[p.offsets()[0] + y * p.strides()[0] + x] & 0xff;
                        int c = p.offsets()[1] + (y / 2) * p.strides()[1] + (x & ~1);
                        u = d[c] & 0xff;
                        v = d[c + 1] & 0xff;
                    }
                    case I420 -> {
                        luma = d[p.offsets()[0] + y * p.strides()[0] + x] & 0xff;
                        u = d[p.offsets()[1] + (y / 2) * p.strides()[1] + x / 2] & 0xff;
                        v = d[p.offsets()[2] + (y / 2) * p.strides()[2] + x / 2] & 0xff;
                    }
                    default -> {
                        int base = p.offsets()[0] + y * p.strides()[0] + (x & ~1) * 2;
                        luma = d[base + ((x & 1) == 0 ? 0 : 2)] & 0xff;
                        u = d[base + 1] & 0xff;
                        v = d[base + 3] & 0xff;
                    }
                }
                img.setRGB(x, y, rgb(luma, u, v));
            }
        }
        return write(img, quality);
    }

    static int rgb(int y, int u, int v) {
        double c = 1.164 * (y - 16);
        int r = clamp(c + 1.596 * (v - 128));
        int g = clamp(c - 0.392 * (u - 128) - 0.813 * (v - 128));
        int b = clamp(c + 2.017 * (u - 128));
        return (r << 16) | (g << 8) | b;
    }

    private static int clamp(double x) {
        return x < 0 ? 0 : x > 255 ? 255 : (int) x;
    }

    private static byte[] write(BufferedImage img, int quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(Math.max(1, Math.min(100, quality)) / 100f);
            writer.write(null, new IIOImage(img, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
