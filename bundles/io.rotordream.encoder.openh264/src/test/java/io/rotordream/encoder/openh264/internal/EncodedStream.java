package io.rotordream.encoder.openh264.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.rotordream.encoder.support.AnnexB;
import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderException;

/** Collects what an encoder emits: the Annex B stream, and per picture its fields and NAL unit types. */
final class EncodedStream {

    record Picture(boolean keyframe, long ptsNanos, long dtsNanos, long frameSequence, long captureEpochMicros,
            int bytes, List<byte[]> nalUnits) {
    }

    final EncodedPicture out = new EncodedPicture();
    final ByteArrayOutputStream stream = new ByteArrayOutputStream();
    final List<Picture> pictures = new ArrayList<>();

    EncodedStream() {
        out.annexB = ByteBuffer.allocateDirect(4 << 20);
    }

    boolean encode(Encoder encoder, TestFrame frame) throws EncoderException {
        return take(encoder.encode(frame, out));
    }

    void flush(Encoder encoder) throws EncoderException {
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
        pictures.add(new Picture(out.keyframe, out.ptsNanos, out.dtsNanos, out.frameSequence, out.captureEpochMicros,
                data.length, AnnexB.nalUnits(data)));
        return true;
    }

    Path write(Path directory, String name) throws IOException {
        return Files.write(directory.resolve(name), stream.toByteArray());
    }

    long bytes(int fromPicture, int toPicture) {
        long sum = 0;
        for (int i = fromPicture; i < toPicture; i++) {
            sum += pictures.get(i).bytes();
        }
        return sum;
    }
}
