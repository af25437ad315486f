package io.rotordream.video.v4l2.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Assume;
import org.junit.Test;

/** The JNA path against nodes every Linux has: errno and strerror come through. */
public class LinuxVideoDeviceTest {

    @Test
    public void openingAMissingNodeFailsWithEnoent() {
        try {
            LinuxVideoDevice.open("/nonexistent-rotordream/video0").close();
            fail("opened a missing node");
        } catch (V4l2Exception e) {
            assertEquals(Posix.ENOENT, e.errno());
            assertTrue(e.deviceGone());
            assertTrue(e.getMessage(), e.getMessage().contains("/nonexistent-rotordream/video0"));
            assertTrue(e.getMessage(), e.getMessage().contains("No such file or directory"));
        }
    }

    @Test
    public void aNodeThatIsNotVideoAnswersEnotty() throws Exception {
        Assume.assumeTrue(Files.exists(Path.of("/dev/null")));
        try (VideoDevice d = LinuxVideoDevice.open("/dev/null")) {
            try {
                d.querycap();
                fail("/dev/null answered VIDIOC_QUERYCAP");
            } catch (V4l2Exception e) {
                assertEquals(Posix.ENOTTY, e.errno());
                assertFalse(e.deviceGone());
            }
            try {
                d.enumFormats();
                fail("/dev/null enumerated formats");
            } catch (V4l2Exception e) {
                assertEquals(Posix.ENOTTY, e.errno());
            }
            assertEquals("no intervals, not an error", 0, d.enumFrameIntervals(V4l2.V4L2_PIX_FMT_YUYV, 640, 480).size());
            assertEquals("no TIMEPERFRAME", null, d.setFrameInterval(new VideoDevice.Fraction(1, 30)));
        }
    }

    @Test
    public void closeIsIdempotent() throws Exception {
        Assume.assumeTrue(Files.exists(Path.of("/dev/null")));
        VideoDevice d = LinuxVideoDevice.open("/dev/null");
        d.close();
        d.close();
        d.unmapBuffers();
    }
}
