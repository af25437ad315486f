package io.rotordream.video.v4l2.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Assume;
import org.junit.Test;

import com.sun.jna.Memory;

import io.rotordream.video.api.Frame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.FrameSink;
import io.rotordream.video.api.PixelFormat;

/**
 * Counts heap bytes the per-frame path allocates (HotSpot's per-thread allocation counter), so
 * the rule "no allocation per frame" is checked rather than hoped for. Not a timing test.
 */
public class HotPathAllocationTest {
    private static final int WARMUP = 20_000;
    private static final int MEASURED = 100_000;
    /** Slack for the counter reads themselves; per-frame allocation would be megabytes. */
    private static final long SLACK = 16 * 1024;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    public void directMappedIoctlAndPollAllocateNothing() throws Exception {
        Assume.assumeTrue(THREADS.isThreadAllocatedMemorySupported());
        Assume.assumeTrue(Files.exists(Path.of("/dev/null")));
        DeviceFd fd = DeviceFd.open("/dev/null");
        VideoDevice pollable = LinuxVideoDevice.open("/dev/null");
        Memory arg = new Memory(Abi.BUFFER_SIZE);
        try {
            for (int i = 0; i < WARMUP; i++) {
                fd.xioctl(V4l2.VIDIOC_DQBUF, arg);
                pollable.poll(0);
            }
            long before = THREADS.getCurrentThreadAllocatedBytes();
            int failures = 0;
            for (int i = 0; i < MEASURED; i++) {
                arg.clear();
                arg.setInt(Abi.BUFFER_TYPE, V4l2.V4L2_BUF_TYPE_VIDEO_CAPTURE);
                if (fd.xioctl(V4l2.VIDIOC_DQBUF, arg) == -1 && com.sun.jna.Native.getLastError() == Posix.ENOTTY) {
                    failures++;
                }
                pollable.poll(0);
            }
            long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
            assertEquals(MEASURED, failures);
            assertTrue(allocated + " bytes for " + MEASURED + " ioctl+poll", allocated < SLACK);
        } finally {
            fd.close();
            pollable.close();
        }
    }

    @Test
    public void captureDequeueDeliverReleaseRequeueAllocatesNothing() throws Exception {
        Assume.assumeTrue(THREADS.isThreadAllocatedMemorySupported());
        StubDevice stub = new StubDevice();
        FrameFormat f = new FrameFormat(PixelFormat.YUYV, 64, 48, 30, 1);
        CaptureSession s = CaptureSession.open(p -> stub, "/dev/stub", f, new VideoDevice.Fraction(1, 30), 4);
        long[] measured = new long[2];
        Object done = new Object();
        FrameSink sink = new FrameSink() {
            long n;

            @Override
            public void onFrame(Frame frame) {
                frame.retain();
                frame.release();
                frame.release();
                n++;
                if (n == WARMUP) {
                    measured[0] = THREADS.getCurrentThreadAllocatedBytes();
                } else if (n == WARMUP + MEASURED) {
                    measured[1] = THREADS.getCurrentThreadAllocatedBytes();
                    synchronized (done) {
                        done.notifyAll();
                    }
                }
            }

            @Override
            public void onSourceStopped(String reason) {
            }
        };
        CaptureLoop loop = new CaptureLoop("/dev/stub", sink, s, () -> {
            throw new V4l2Exception("open", Posix.ENOENT, "no");
        }, reason -> { }, new SourceSettings(4, 50, 20), new WallClock(new FixedClocks()));
        loop.start();
        try {
            Await.until("frames through the loop", () -> measured[1] != 0);
        } finally {
            loop.stopAndJoin();
        }
        long allocated = measured[1] - measured[0];
        assertTrue(allocated + " bytes for " + MEASURED + " frames", allocated < SLACK);
        assertEquals(0, loop.stats().dropped);
        assertTrue(stub.queued >= WARMUP + MEASURED);
    }

    /** A device whose buffers cycle at once, allocating nothing itself. Capture thread only. */
    static final class StubDevice implements VideoDevice {
        private final ByteBuffer[] buffers = new ByteBuffer[4];
        private final int[] ring = new int[8];
        private int head;
        private int tail;
        private long sequence;
        long queued;

        @Override
        public int poll(int timeoutMs) {
            return head != tail ? Posix.POLLIN : 0;
        }

        @Override
        public boolean dequeue(Dequeued into) {
            if (head == tail) {
                return false;
            }
            into.index = ring[head++ & 7];
            into.bytesUsed = 64 * 48 * 2;
            into.flags = V4l2.V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC;
            into.sequence = sequence;
            into.timestampNanos = 1_000_000_000L + sequence * 33_333_000L;
            sequence++;
            return true;
        }

        @Override
        public void queue(int index) {
            ring[tail++ & 7] = index;
            queued++;
        }

        @Override
        public int requestBuffers(int count) {
            for (int i = 0; i < count && i < buffers.length; i++) {
                buffers[i] = ByteBuffer.allocateDirect(64 * 48 * 2);
            }
            return Math.min(count, buffers.length);
        }

        @Override
        public ByteBuffer mapBuffer(int index) {
            return buffers[index];
        }

        @Override
        public PixFormat setFormat(PixFormat f) {
            return new PixFormat(f.width(), f.height(), f.fourcc(), f.field(), f.width() * 2, f.width() * f.height() * 2);
        }

        @Override
        public Fraction setFrameInterval(Fraction tpf) {
            return tpf;
        }

        @Override
        public String path() {
            return "/dev/stub";
        }

        @Override
        public Capability querycap() {
            return null;
        }

        @Override
        public List<FormatDescription> enumFormats() {
            return List.of();
        }

        @Override
        public List<FrameSizes> enumFrameSizes(int fourcc) {
            return List.of();
        }

        @Override
        public List<FrameIntervals> enumFrameIntervals(int fourcc, int width, int height) {
            return List.of();
        }

        @Override
        public PixFormat getFormat() {
            return null;
        }

        @Override
        public void unmapBuffers() {
        }

        @Override
        public void streamOn() {
        }

        @Override
        public void streamOff() {
        }

        @Override
        public ControlInfo queryControl(int id) {
            return null;
        }

        @Override
        public String queryMenu(int id, int index) {
            return null;
        }

        @Override
        public int getControl(int id) {
            return 0;
        }

        @Override
        public void setControl(int id, int value) {
        }

        @Override
        public void close() {
        }
    }
}
