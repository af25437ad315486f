package io.rotordream.encoder.testkit;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;

import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;

/**
 * Counts the bytes the JVM allocates on this thread inside {@link Encoder#encode} once the encoder
 * is warm: the encode path is meant to allocate nothing per frame. Only the encode call is
 * counted, not the painting of the frames between calls, and the cost of reading the counter is
 * measured and taken off.
 */
public final class EncodeAllocations {

    private EncodeAllocations() {
    }

    /** Whether this JVM counts each thread's allocations (skip the test where not). */
    public static boolean supported() {
        com.sun.management.ThreadMXBean threads = threads();
        return threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled();
    }

    /**
     * Like {@link #inEncode(Encoder, TestPattern, TestFrame[], int, int)}, with the pattern and a
     * pool of three frames of the encoder's input format and size, rows padded by
     * {@code rowPadding} bytes.
     */
    public static long inEncode(Encoder encoder, int rowPadding, int warmUp, int measured) throws EncoderException {
        EncoderSettings s = encoder.settings();
        return inEncode(encoder, new TestPattern(s.width, s.height, s.fpsNum), TestFrame.pool(3, s, rowPadding), warmUp,
                measured);
    }

    /**
     * Encodes {@code warmUp} and then {@code measured} pictures of {@code pattern}, painted in turn
     * into the frames of {@code pool} (as a capture pool lends its buffers).
     *
     * @return the bytes allocated inside the {@code measured} encode calls, all together
     */
    public static long inEncode(Encoder encoder, TestPattern pattern, TestFrame[] pool, int warmUp, int measured)
            throws EncoderException {
        com.sun.management.ThreadMXBean threads = threads();
        EncodedPicture out = new EncodedPicture();
        out.annexB = ByteBuffer.allocateDirect(4 << 20);
        long inEncode = 0;
        long measuring = 0;
        for (int i = 0; i < warmUp + measured; i++) {
            TestFrame frame = pool[i % pool.length];
            pattern.paint(frame, i);
            long before = threads.getCurrentThreadAllocatedBytes();
            encoder.encode(frame, out);
            long after = threads.getCurrentThreadAllocatedBytes();
            long empty = threads.getCurrentThreadAllocatedBytes();
            if (i >= warmUp) {
                inEncode += after - before;
                measuring += threads.getCurrentThreadAllocatedBytes() - empty;
            }
        }
        return inEncode - measuring;
    }

    private static com.sun.management.ThreadMXBean threads() {
        return (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    }
}
