package io.rotordream.video.v4l2.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Assume;
import org.junit.Test;

import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.PixelFormat;

/** Runs only where a V4L2 capture device exists (not on the build machine). */
public class RealDeviceTest {

    @Test
    public void capturesFromTheFirstRealCamera() {
        List<V4l2FrameSource> found = new ArrayList<>();
        DeviceScanner scanner = new DeviceScanner(Path.of("/dev"), "video*", LinuxVideoDevice::open,
                (p, cap) -> new V4l2FrameSource(p, cap.card(), LinuxVideoDevice::open, new SourceSettings(4, 500, 1000),
                        WallClock.SYSTEM),
                (source, props) -> {
                    found.add(source);
                    return () -> { };
                });
        scanner.scan();
        Assume.assumeFalse("no V4L2 capture device on this machine", found.isEmpty());

        V4l2FrameSource source = found.get(0);
        try {
            assertFalse(source.capabilities().isEmpty());
            FrameFormat f = source.format();
            RecordingSink sink = new RecordingSink();
            source.start(sink, null);
            Await.until("10 frames from " + source.id(), () -> sink.count() >= 10);
            source.stop();
            assertFalse(source.running());

            List<RecordingSink.Seen> seen = sink.seen();
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i).sequence() > seen.get(i - 1).sequence());
                assertTrue(seen.get(i).captureNanos() >= seen.get(i - 1).captureNanos());
            }
            RecordingSink.Seen last = seen.get(seen.size() - 1);
            // the same clock as System.nanoTime: a frame of a moment ago, not of another epoch
            assertTrue(Math.abs(System.nanoTime() - last.captureNanos()) < 60_000_000_000L);
            assertTrue(Math.abs(System.currentTimeMillis() * 1000 - last.epochMicros()) < 60_000_000L);
            assertEquals(f.width, last.format().width);
            if (f.pixelFormat != PixelFormat.MJPEG) {
                assertTrue(last.stride0() >= f.width);
            }
            assertTrue(last.length() > 0);
            System.out.println(source.id() + " " + source.description() + ": " + f + ", " + source.stats().measuredFps
                    + " fps, controls " + Map.of("exposure", String.valueOf(source.controls().exposureMode)));
        } finally {
            scanner.close();
        }
    }
}
