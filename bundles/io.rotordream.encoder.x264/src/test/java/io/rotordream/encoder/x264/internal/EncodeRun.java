package io.rotordream.encoder.x264.internal;

import java.util.ArrayList;
import java.util.List;

import io.rotordream.encoder.testkit.EncodedStream;
import io.rotordream.encoder.testkit.TestFrame;
import io.rotordream.encoder.testkit.TestPattern;
import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;

/**
 * Encodes the test pattern with capture jitter, as real sensors show, and records every picture the
 * encoder emits, in output order; a hook acts between frames (force a keyframe, change the rate).
 */
final class EncodeRun {

    /** Lets a test act before frame {@code index} is encoded (force a keyframe, change bitrate). */
    interface Hook {
        void before(int index, Encoder encoder) throws EncoderException;
    }

    /** Nanoseconds of capture time before frame {@code index}. */
    interface Interval {
        long before(int index);
    }

    static final long BASE_NANOS = TestPattern.START_NANOS;
    static final long BASE_EPOCH_MICROS = TestPattern.START_EPOCH_MICROS;

    /** Rows padded and planes apart, as driver buffers are, so x264 must honour planeOffset and stride. */
    private static final int ROW_PADDING = 32;
    private static final int PLANE_GAP = 4096;

    final EncodedStream stream = new EncodedStream();
    /** Capture time of each input frame by sequence number. */
    final List<Long> captureNanos = new ArrayList<>();

    static EncodeRun encode(Encoder encoder, int frames, Hook hook) throws EncoderException {
        EncoderSettings s = encoder.settings();
        long interval = 1_000_000_000L * s.fpsDen / s.fpsNum;
        return encode(encoder, frame(s.inputFormat, s.width, s.height), frames, hook, i -> interval);
    }

    static EncodeRun encode(Encoder encoder, TestFrame frame, int frames, Hook hook, Interval interval)
            throws EncoderException {
        EncodeRun run = new EncodeRun();
        TestPattern pattern = new TestPattern(frame.format.width, frame.format.height, frame.format.fpsNum);
        long capture = BASE_NANOS;
        for (int i = 0; i < frames; i++) {
            if (hook != null) {
                hook.before(i, encoder);
            }
            capture += interval.before(i);
            // a few hundred microseconds of capture jitter, as real sensors show
            long jittered = capture + (i * 7919L % 5) * 100_000L;
            run.captureNanos.add(jittered);
            pattern.paint(frame, i);
            frame.stamp(i, jittered, BASE_EPOCH_MICROS + jittered / 1000);
            run.stream.encode(encoder, frame);
        }
        run.stream.flush(encoder);
        return run;
    }

    /** A frame laid out as x264's tests want it (see {@link #ROW_PADDING}). */
    static TestFrame frame(PixelFormat format, int width, int height) {
        return new TestFrame(format, width, height, 30, ROW_PADDING, PLANE_GAP);
    }

    /** Picture {@code index} of the test pattern in a new frame. */
    static TestFrame painted(PixelFormat format, int width, int height, int index) {
        TestFrame frame = frame(format, width, height);
        new TestPattern(width, height, 30).paint(frame, index);
        return frame;
    }

    static EncoderSettings settings(PixelFormat format, int width, int height) {
        EncoderSettings s = new EncoderSettings();
        s.inputFormat = format;
        s.width = width;
        s.height = height;
        return s;
    }
}
