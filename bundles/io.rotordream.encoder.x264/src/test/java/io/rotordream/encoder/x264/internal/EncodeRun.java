package io.rotordream.encoder.x264.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.rotordream.video.api.PixelFormat;
import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;

/** Encodes a pattern sequence and records every picture the encoder emits, in output order. */
final class EncodeRun {

    /** Lets a test act before frame {@code index} is encoded (force a keyframe, change bitrate). */
    interface Hook {
        void before(int index, Encoder encoder) throws EncoderException;
    }

    record Picture(byte[] data, boolean keyframe, long ptsNanos, long dtsNanos, long sequence, long epochMicros) {
        /** nal_unit_type of each NAL unit, in order (H.264 §7.4.1: low 5 bits of the header). */
        List<Integer> nalTypes() {
            List<Integer> types = new ArrayList<>();
            for (int i = 0; i + 3 < data.length; i++) {
                if (data[i] == 0 && data[i + 1] == 0 && data[i + 2] == 1) {
                    types.add(data[i + 3] & 0x1f);
                    i += 3;
                }
            }
            return types;
        }
    }

    static final long BASE_NANOS = 5_000_000_000L;
    static final long BASE_EPOCH_MICROS = 1_767_225_600_000_000L;

    final List<Picture> pictures = new ArrayList<>();
    /** Capture time of each input frame by sequence number. */
    final List<Long> captureNanos = new ArrayList<>();

    static EncodeRun encode(Encoder encoder, int frames, Hook hook) throws EncoderException {
        EncoderSettings s = encoder.settings();
        PatternFrame frame = new PatternFrame(s.inputFormat, s.width, s.height, s.fpsNum, s.fpsDen);
        long interval = 1_000_000_000L * s.fpsDen / s.fpsNum;
        return encode(encoder, frame, frames, hook, i -> interval);
    }

    interface Interval {
        long before(int index);
    }

    static EncodeRun encode(Encoder encoder, PatternFrame frame, int frames, Hook hook, Interval interval)
            throws EncoderException {
        EncodeRun run = new EncodeRun();
        EncodedPicture out = new EncodedPicture();
        out.annexB = ByteBuffer.allocateDirect(4 << 20);
        long capture = BASE_NANOS;
        for (int i = 0; i < frames; i++) {
            if (hook != null) {
                hook.before(i, encoder);
            }
            capture += interval.before(i);
            // a few hundred microseconds of capture jitter, as real sensors show
            long jittered = capture + (i * 7919L % 5) * 100_000L;
            run.captureNanos.add(jittered);
            frame.paint(i, i, jittered, BASE_EPOCH_MICROS + jittered / 1000);
            if (encoder.encode(frame, out)) {
                run.record(out);
            }
        }
        while (encoder.flush(out)) {
            run.record(out);
        }
        return run;
    }

    private void record(EncodedPicture out) {
        byte[] data = new byte[out.annexB.limit()];
        out.annexB.get(0, data);
        pictures.add(new Picture(data, out.keyframe, out.ptsNanos, out.dtsNanos, out.frameSequence,
                out.captureEpochMicros));
    }

    Path write(Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file)) {
            for (Picture p : pictures) {
                os.write(p.data);
            }
        }
        return file;
    }

    long bytes(int fromPicture, int toPicture) {
        long sum = 0;
        for (int i = fromPicture; i < toPicture; i++) {
            sum += pictures.get(i).data.length;
        }
        return sum;
    }

    /** kbit/s over pictures [from, to) shown at {@code fps}. */
    double kbps(int fromPicture, int toPicture, double fps) {
        return bytes(fromPicture, toPicture) * 8.0 / ((toPicture - fromPicture) / fps) / 1000.0;
    }

    /** Output indexes of keyframes; without B-frames output order is capture order. */
    List<Integer> keyframes() {
        List<Integer> k = new ArrayList<>();
        for (int i = 0; i < pictures.size(); i++) {
            if (pictures.get(i).keyframe) {
                k.add(i);
            }
        }
        return k;
    }

    static EncoderSettings settings(PixelFormat format, int width, int height) {
        EncoderSettings s = new EncoderSettings();
        s.inputFormat = format;
        s.width = width;
        s.height = height;
        return s;
    }
}
