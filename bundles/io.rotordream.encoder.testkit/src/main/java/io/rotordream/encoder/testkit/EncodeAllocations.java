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
     * Encodes {@code warmUp} pictures of {@code pattern}, painted in turn into the frames of
     * {@code pool} (as a capture pool lends its buffers), then up to three rounds of
     * {@code measured} pictures.
     *
     * @return the bytes allocated inside the encode calls of the round that allocated fewest. An
     *         allocation per frame shows in every round; a one-off allocation of the JVM's own on
     *         this thread does not (128 such bytes once failed a CI run of a test counting the same
     *         way).
     */
    public static long inEncode(Encoder encoder, TestPattern pattern, TestFrame[] pool, int warmUp, int measured)
            throws EncoderException {
        EncodedPicture out = new EncodedPicture();
        out.annexB = ByteBuffer.allocateDirect(4 << 20);
        int painted = 0;
        for (; painted < warmUp; painted++) {
            encodeCounted(encoder, pattern, pool, painted, out);
        }
        long fewest = Long.MAX_VALUE;
        for (int round = 0; round < 3 && fewest > 0; round++) {
            long inRound = 0;
            for (int i = 0; i < measured; i++, painted++) {
                inRound += encodeCounted(encoder, pattern, pool, painted, out);
            }
            fewest = Math.min(fewest, inRound);
        }
        return fewest;
    }

    /** Bytes allocated inside one encode call, less what reading the counter costs. */
    private static long encodeCounted(Encoder encoder, TestPattern pattern, TestFrame[] pool, int index,
            EncodedPicture out) throws EncoderException {
        com.sun.management.ThreadMXBean threads = threads();
        TestFrame frame = pool[index % pool.length];
        pattern.paint(frame, index);
        long before = threads.getCurrentThreadAllocatedBytes();
        encoder.encode(frame, out);
        long after = threads.getCurrentThreadAllocatedBytes();
        long empty = threads.getCurrentThreadAllocatedBytes();
        return (after - before) - (threads.getCurrentThreadAllocatedBytes() - empty);
    }

    private static com.sun.management.ThreadMXBean threads() {
        return (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    }
}
