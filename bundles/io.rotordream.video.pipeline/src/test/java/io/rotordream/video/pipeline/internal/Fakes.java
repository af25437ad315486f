package io.rotordream.video.pipeline.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.rotordream.memory.api.BufferPool;
import io.rotordream.memory.api.BufferPools;
import io.rotordream.memory.api.PoolStats;
import io.rotordream.memory.api.PooledBuffer;
import io.rotordream.video.api.Frame;
import io.rotordream.video.api.encoder.Availability;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderFactory;
import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.encoder.ParameterSets;

/** Test doubles for the pipeline's pure logic; the real sensor and encoders are tested in itest. */
final class Fakes {

    private Fakes() {
    }

    static final class Pool implements BufferPool {
        final ArrayBlockingQueue<PooledBuffer> free;
        final int size;
        final AtomicInteger out = new AtomicInteger();

        Pool(int count, int size) {
            this.size = size;
            free = new ArrayBlockingQueue<>(count);
            for (int i = 0; i < count; i++) {
                ByteBuffer b = ByteBuffer.allocateDirect(size);
                free.add(new PooledBuffer() {
                    final AtomicInteger refs = new AtomicInteger();
                    int length;

                    @Override public ByteBuffer buffer() { return b; }
                    @Override public int length() { return length; }
                    @Override public void length(int l) { length = l; }
                    @Override public PooledBuffer retain() { refs.incrementAndGet(); return this; }
                    @Override public void release() {
                        int n = refs.decrementAndGet();
                        if (n == 0) { out.decrementAndGet(); free.add(this); }
                        if (n < 0) { throw new IllegalStateException("over-released"); }
                    }
                    @Override public int references() { return refs.get(); }
                });
            }
        }

        @Override public String name() { return "fake"; }
        @Override public int bufferSize() { return size; }
        @Override public PooledBuffer tryAcquire() {
            PooledBuffer b = free.poll();
            if (b != null) { out.incrementAndGet(); b.retain(); }
            return b;
        }
        @Override public PoolStats stats() { return new PoolStats(); }
    }

    static final class Pools implements BufferPools {
        final Pool frame = new Pool(8, 2_000_000);
        final Pool encoding = new Pool(32, 100_000);

        @Override public BufferPool pool(String name) { return FRAME.equals(name) ? frame : encoding; }
        @Override public List<PoolStats> stats() { return List.of(); }
        @Override public long reservedBytes() { return 0; }
    }

    /** Emits one tiny Annex B picture per frame: an IDR with SPS/PPS every gop frames or on request. */
    static final class Factory implements EncoderFactory {
        final String name;
        final List<FakeEncoder> opened = new ArrayList<>();
        volatile boolean available = true;

        Factory(String name) {
            this.name = name;
        }

        @Override public String name() { return name; }
        @Override public String description() { return "fake " + name; }
        @Override public Set<Codec> codecs() { return Set.of(Codec.H264); }
        @Override public List<String> profiles(Codec c) { return List.of("high"); }
        @Override public boolean hardware() { return false; }
        @Override public Availability availability() { return available ? Availability.yes() : Availability.no("off"); }
        @Override public synchronized Encoder open(EncoderSettings s) {
            FakeEncoder e = new FakeEncoder(s);
            opened.add(e);
            return e;
        }
    }

    static final class FakeEncoder implements Encoder {
        final EncoderSettings settings;
        volatile boolean closed;
        volatile int bitrate;
        private boolean forceKey = true;
        private long n;

        FakeEncoder(EncoderSettings s) {
            settings = s.copy();
            bitrate = s.bitrateKbps;
        }

        @Override public EncoderSettings settings() { return settings; }
        @Override public List<String> ignoredSettings() { return List.of(); }
        @Override public ParameterSets parameterSets() {
            return new ParameterSets(Codec.H264, null, new byte[] { 0x67, 0x64, 0, 0x1f }, new byte[] { 0x68, 1 });
        }

        @Override
        public boolean encode(Frame frame, EncodedPicture out) {
            if (closed) {
                throw new IllegalStateException("encode after close");
            }
            boolean key = forceKey || n % settings.gopSize == 0;
            forceKey = false;
            ByteBuffer b = out.annexB;
            b.clear();
            if (key) {
                b.put(new byte[] { 0, 0, 0, 1, 0x67, 0x64, 0, 0x1f, 0, 0, 0, 1, 0x68, 1, 0, 0, 0, 1, 0x65, 9 });
            } else {
                b.put(new byte[] { 0, 0, 0, 1, 0x41, 9, 9 });
            }
            b.flip();
            out.keyframe = key;
            out.ptsNanos = frame.captureNanos();
            out.dtsNanos = frame.captureNanos();
            out.frameSequence = frame.sequence();
            out.captureEpochMicros = frame.captureEpochMicros();
            n++;
            return true;
        }

        @Override public boolean flush(EncodedPicture out) { return false; }
        @Override public void requestKeyframe() { forceKey = true; }
        @Override public void setBitrate(int kbps) { bitrate = kbps; }
        @Override public void setFrameRate(int num, int den) { }
        @Override public void close() { closed = true; }
    }
}
