package io.rotordream.itest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.rotordream.video.api.stream.AccessUnit;
import io.rotordream.video.api.stream.StreamSubscription;
import io.rotordream.video.api.stream.VideoStream;

/** Subscribes to a stream like any consumer and keeps what it receives as an Annex B file. */
final class StreamRecorder implements AutoCloseable {

    /** What one received access unit was. */
    record Unit(long sequence, long ptsNanos, boolean keyframe, int generation, int size, long epochMicros) {
    }

    final List<Unit> units = new ArrayList<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final StreamSubscription subscription;

    StreamRecorder(VideoStream stream, String name, int capacity) {
        this.subscription = stream.subscribe(name, capacity);
    }

    StreamSubscription subscription() {
        return subscription;
    }

    /** Receives for the given time, or until {@code count} units when count > 0. */
    StreamRecorder record(long millis, int count) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end && (count <= 0 || units.size() < count)) {
            AccessUnit au = subscription.poll(200, TimeUnit.MILLISECONDS);
            if (au == null) {
                continue;
            }
            try {
                byte[] data = new byte[au.size()];
                au.data().get(0, data);
                bytes.write(data, 0, data.length);
                units.add(new Unit(au.frameSequence(), au.ptsNanos(), au.keyframe(), au.generation(), au.size(),
                        au.captureEpochMicros()));
            } finally {
                au.release();
            }
        }
        return this;
    }

    Path write(Path file) throws IOException {
        Files.write(file, bytes.toByteArray());
        return file;
    }

    long totalBytes() {
        return bytes.size();
    }

    @Override
    public void close() {
        subscription.close();
    }
}
