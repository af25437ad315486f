package io.rotordream.encoder.testkit;

import java.nio.ByteBuffer;
import java.util.Arrays;

import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;

/**
 * How long one {@link Encoder#encode} call takes once the encoder is warm: a figure for reports and
 * benchmarks, not a gate (the machines that run the tests are shared and busy). Only the encode
 * call is timed, not the painting of the frame before it.
 */
public final class EncodeTimes {

    private final double[] sortedMillis;
    private final long measuredBytes;
    private final int pictures;

    private EncodeTimes(double[] sortedMillis, long measuredBytes, int pictures) {
        this.sortedMillis = sortedMillis;
        this.measuredBytes = measuredBytes;
        this.pictures = pictures;
    }

    /**
     * Like {@link #measure(Encoder, TestPattern, TestFrame[], int, int)}, with the pattern and a
     * pool of three frames of the encoder's input format and size.
     */
    public static EncodeTimes measure(Encoder encoder, int warmUp, int measured) throws EncoderException {
        EncoderSettings s = encoder.settings();
        return measure(encoder, new TestPattern(s.width, s.height, s.fpsNum), TestFrame.pool(3, s, 0), warmUp, measured);
    }

    /**
     * Encodes {@code warmUp} and then {@code measured} pictures of {@code pattern}, painted in turn
     * into the frames of {@code pool}, and times the measured calls.
     */
    public static EncodeTimes measure(Encoder encoder, TestPattern pattern, TestFrame[] pool, int warmUp,
            int measured) throws EncoderException {
        EncodedPicture out = new EncodedPicture();
        out.annexB = ByteBuffer.allocateDirect(8 << 20);
        double[] millis = new double[measured];
        long bytes = 0;
        int pictures = 0;
        for (int i = 0; i < warmUp + measured; i++) {
            TestFrame frame = pool[i % pool.length];
            pattern.paint(frame, i);
            long start = System.nanoTime();
            boolean emitted = encoder.encode(frame, out);
            long nanos = System.nanoTime() - start;
            if (i >= warmUp) {
                millis[i - warmUp] = nanos / 1e6;
                bytes += emitted ? out.annexB.limit() : 0;
            }
            pictures += emitted ? 1 : 0;
        }
        Arrays.sort(millis);
        return new EncodeTimes(millis, bytes, pictures);
    }

    public double medianMillis() {
        return percentileMillis(50);
    }

    /** The time {@code percent} % of the measured calls took at most (nearest rank). */
    public double percentileMillis(int percent) {
        return sortedMillis[Math.min(sortedMillis.length - 1, sortedMillis.length * percent / 100)];
    }

    public double maxMillis() {
        return sortedMillis[sortedMillis.length - 1];
    }

    /** How many calls were timed. */
    public int measured() {
        return sortedMillis.length;
    }

    /** Pictures emitted by all calls, warm-up included. */
    public int pictures() {
        return pictures;
    }

    /** kbit/s of what the measured calls emitted, shown at {@code fps}. */
    public double kbps(double fps) {
        return EncodedStream.kbps(measuredBytes, sortedMillis.length, fps);
    }
}
