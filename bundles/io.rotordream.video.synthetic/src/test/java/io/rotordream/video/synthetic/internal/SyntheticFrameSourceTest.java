package io.rotordream.video.synthetic.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.Assume;
import org.junit.Test;

import io.rotordream.video.api.Frame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.FrameSink;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.SensorControls;
import io.rotordream.video.timecode.TimeCodeReader;

public class SyntheticFrameSourceTest {

    static SyntheticConfig config(boolean paced) {
        return new SyntheticConfig() {
            @Override public Class<? extends Annotation> annotationType() { return SyntheticConfig.class; }
            @Override public boolean paced() { return paced; }
        };
    }

    /** Copies each frame's bytes out and releases it at once, like a well-behaved consumer. */
    static final class Collector implements FrameSink {
        final BlockingQueue<byte[]> pictures = new ArrayBlockingQueue<>(1000);
        final List<long[]> meta = new ArrayList<>();

        @Override
        public synchronized void onFrame(Frame f) {
            byte[] copy = new byte[f.length()];
            f.buffer().get(0, copy);
            meta.add(new long[] { f.sequence(), f.captureNanos(), f.captureEpochMicros(), f.stride(0) });
            f.release();
            pictures.offer(copy);
        }

        @Override
        public void onSourceStopped(String reason) {
        }
    }

    private static byte[][] capture(SyntheticFrameSource s, int n) throws InterruptedException {
        Collector c = new Collector();
        s.start(c, new TestPool(4, 4 * 1024 * 1024));
        byte[][] out = new byte[n][];
        for (int i = 0; i < n; i++) {
            out[i] = c.pictures.poll(5, TimeUnit.SECONDS);
            assertNotNull("frame " + i, out[i]);
        }
        s.stop();
        synchronized (c) {
            for (int i = 1; i < n; i++) {
                assertTrue("monotonic capture time", c.meta.get(i)[1] > c.meta.get(i - 1)[1]);
            }
        }
        return out;
    }

    @Test
    public void pacedFramesCarryTheirSequenceAndTimeInThePicture() throws Exception {
        SyntheticFrameSource s = new SyntheticFrameSource(config(true));
        s.configure(new FrameFormat(PixelFormat.NV12, 640, 360, 30, 1));
        long before = System.currentTimeMillis() * 1000;
        byte[][] frames = capture(s, 15);
        long after = System.currentTimeMillis() * 1000;
        long last = -1;
        for (byte[] f : frames) {
            TimeCodeReader.Reading r = TimeCodeReader.read(f, 0, 640, 640);
            assertNotNull(r);
            assertTrue(r.sequence > last);
            last = r.sequence;
            long t = r.epochMicros(before);
            assertTrue(t >= before - 2_000 && t <= after + 2_000);
        }
        assertTrue(s.stats().delivered >= 15);
    }

    @Test
    public void everyPixelFormatCarriesTheCode() throws Exception {
        for (PixelFormat pf : new PixelFormat[] { PixelFormat.I420, PixelFormat.YUYV }) {
            SyntheticFrameSource s = new SyntheticFrameSource(config(false));
            s.configure(new FrameFormat(pf, 320, 180, 30, 1));
            byte[] f = capture(s, 3)[2];
            TimeCodeReader.Reading r = pf == PixelFormat.YUYV
                    ? TimeCodeReader.read((x, y) -> f[y * 640 + 2 * x] & 0xff, 320)
                    : TimeCodeReader.read(f, 0, 320, 320);
            assertNotNull(pf.toString(), r);
            assertEquals(2, r.sequence);
        }
    }

    @Test
    public void refusesSizesItDoesNotOffer() {
        SyntheticFrameSource s = new SyntheticFrameSource(config(true));
        try {
            s.configure(new FrameFormat(PixelFormat.NV12, 1000, 1000, 30, 1));
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("1280x720"));
        }
    }

    @Test
    public void manualGainBrightensThePicture() throws Exception {
        SyntheticFrameSource s = new SyntheticFrameSource(config(false));
        s.configure(new FrameFormat(PixelFormat.NV12, 320, 180, 30, 1));
        double dark = meanLuma(capture(s, 3)[2], 320, 180);
        SensorControls c = new SensorControls();
        c.gainMode = "manual";
        c.gainValue = 1.5;
        s.applyControls(c);
        double bright = meanLuma(capture(s, 3)[2], 320, 180);
        assertTrue(dark + " -> " + bright, bright > dark * 1.2);
        SensorControls bad = new SensorControls();
        bad.gainValue = 100.0;
        try {
            s.applyControls(bad);
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().startsWith("gain_value:"));
        }
    }

    private static double meanLuma(byte[] f, int w, int h) {
        long sum = 0;
        for (int y = h / 2; y < h; y++) { // below the time code band
            for (int x = 0; x < w; x++) {
                sum += f[y * w + x] & 0xff;
            }
        }
        return sum / (double) (w * h / 2);
    }

    /**
     * The code survives real H.264 compression at a normal bitrate, and the pattern is hard
     * enough to encode that the encoder spends bits on it.
     */
    @Test
    public void survivesH264AndCostsBits() throws Exception {
        Assume.assumeTrue(new File("/usr/bin/ffmpeg").canExecute());
        SyntheticFrameSource s = new SyntheticFrameSource(config(false));
        s.configure(new FrameFormat(PixelFormat.NV12, 640, 360, 30, 1));
        byte[][] frames = capture(s, 60);
        File h264 = File.createTempFile("synthetic", ".h264");
        h264.deleteOnExit();
        Process enc = new ProcessBuilder("/usr/bin/ffmpeg", "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "nv12",
                "-s", "640x360", "-r", "30", "-i", "-", "-c:v", "libx264", "-preset", "veryfast", "-b:v", "800k",
                "-maxrate", "800k", "-bufsize", "800k", "-g", "30", "-f", "h264", h264.getPath())
                .redirectErrorStream(true).start();
        try (OutputStream out = enc.getOutputStream()) {
            for (byte[] f : frames) {
                out.write(f);
            }
        }
        assertEquals(0, enc.waitFor());
        long bits = Files.size(h264.toPath()) * 8;
        double kbps = bits / 2.0 / 1000;
        assertTrue("the pattern must cost bits: " + kbps + " kbps", kbps > 400);
        Process dec = new ProcessBuilder("/usr/bin/ffmpeg", "-v", "error", "-i", h264.getPath(), "-f", "rawvideo",
                "-pix_fmt", "gray", "-").start();
        byte[] gray;
        try (InputStream in = dec.getInputStream()) {
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            in.transferTo(bos);
            gray = bos.toByteArray();
        }
        int size = 640 * 360;
        assertEquals(60, gray.length / size);
        for (int i = 0; i < 60; i++) {
            TimeCodeReader.Reading r = TimeCodeReader.read(gray, i * size, 640, 640);
            assertNotNull("frame " + i + " after H.264 at 800 kbps", r);
            assertEquals(i, r.sequence);
        }
    }
}
