package io.rotordream.encoder.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.rotordream.encoder.support.AnnexB;
import io.rotordream.video.api.Frame;
import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderException;

/** Collects what an encoder emits, in output order: the Annex B stream, and each picture with its fields. */
public final class EncodedStream {

    /** One emitted picture: its Annex B bytes and the fields the encoder set. */
    public record Picture(byte[] data, boolean keyframe, long ptsNanos, long dtsNanos, long frameSequence,
            long captureEpochMicros) {

        public int bytes() {
            return data.length;
        }

        /** The NAL units, without start codes. */
        public List<byte[]> nalUnits() {
            return AnnexB.nalUnits(data);
        }
    }

    /** The one picture the encoder writes into; its buffer is large enough for any test picture. */
    public final EncodedPicture out = new EncodedPicture();
    public final ByteArrayOutputStream stream = new ByteArrayOutputStream();
    public final List<Picture> pictures = new ArrayList<>();

    public EncodedStream() {
        out.annexB = ByteBuffer.allocateDirect(4 << 20);
    }

    /** @return whether the encoder emitted a picture */
    public boolean encode(Encoder encoder, Frame frame) throws EncoderException {
        return take(encoder.encode(frame, out));
    }

    /** Drains the pictures the encoder held back. */
    public void flush(Encoder encoder) throws EncoderException {
        while (take(encoder.flush(out))) {
            // drain
        }
    }

    private boolean take(boolean emitted) {
        if (!emitted) {
            return false;
        }
        ByteBuffer b = out.annexB;
        byte[] data = new byte[b.limit()];
        b.get(0, data);
        stream.writeBytes(data);
        pictures.add(new Picture(data, out.keyframe, out.ptsNanos, out.dtsNanos, out.frameSequence,
                out.captureEpochMicros));
        return true;
    }

    /** Writes the stream to {@code name} in {@code directory}, for ffprobe. */
    public Path write(Path directory, String name) throws IOException {
        return Files.write(directory.resolve(name), stream.toByteArray());
    }

    /** Bytes of pictures [from, to) in output order. */
    public long bytes(int fromPicture, int toPicture) {
        long sum = 0;
        for (int i = fromPicture; i < toPicture; i++) {
            sum += pictures.get(i).bytes();
        }
        return sum;
    }

    /** kbit/s of pictures [from, to) shown at {@code fps}. */
    public double kbps(int fromPicture, int toPicture, double fps) {
        return kbps(bytes(fromPicture, toPicture), toPicture - fromPicture, fps);
    }

    /** kbit/s of {@code bytes} spread over {@code frames} frames at {@code fps}. */
    public static double kbps(long bytes, int frames, double fps) {
        return bytes * 8.0 / (frames / fps) / 1000;
    }

    /** Output indexes of the keyframes; without B-frames output order is capture order. */
    public List<Integer> keyframes() {
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < pictures.size(); i++) {
            if (pictures.get(i).keyframe()) {
                keys.add(i);
            }
        }
        return keys;
    }
}
