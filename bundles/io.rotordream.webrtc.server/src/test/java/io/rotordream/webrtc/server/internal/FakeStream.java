package io.rotordream.webrtc.server.internal;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.ParameterSets;
import io.rotordream.video.api.stream.AccessUnit;
import io.rotordream.video.api.stream.StreamInfo;
import io.rotordream.video.api.stream.StreamSubscription;
import io.rotordream.video.api.stream.VideoStream;

/**
 * A stream for tests: H.264-shaped access units at 30 per second (SPS, PPS and an IDR slice every
 * GOP or on request, a small non-IDR slice otherwise), counting keyframe requests and bitrates set.
 */
final class FakeStream implements VideoStream {

    static final byte[] SPS = { 0x67, 0x42, (byte) 0xe0, 0x1f, (byte) 0x8c, 0x68, 0x05, 0x00, 0x5b, 0x20 };
    static final byte[] PPS = { 0x68, (byte) 0xce, 0x3c, (byte) 0x80 };

    final AtomicLong keyframeRequests = new AtomicLong();
    final AtomicInteger bitrate = new AtomicInteger();
    final List<Sub> subs = new CopyOnWriteArrayList<>();
    private volatile boolean keyframeWanted;
    private volatile boolean running = true;
    private final Thread thread;
    private final int gop;
    private final int keySize;

    FakeStream(int gop, int keySize) {
        this.gop = gop;
        this.keySize = keySize;
        thread = new Thread(this::produce, "fake-stream");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
    }

    private void produce() {
        long seq = 0;
        long next = System.nanoTime();
        while (running) {
            next += 33_333_333L;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
            boolean key = seq % gop == 0 || keyframeWanted;
            keyframeWanted = false;
            Unit u = new Unit(seq++, key, key ? keySize : 900);
            for (Sub s : subs) {
                s.offer(u);
            }
        }
    }

    @Override
    public String mount() {
        return "main";
    }

    @Override
    public StreamInfo info() {
        StreamInfo i = new StreamInfo();
        i.mount = "main";
        i.codec = Codec.H264;
        i.width = 640;
        i.height = 360;
        i.bitrateKbps = bitrate.get() > 0 ? bitrate.get() : 1000;
        return i;
    }

    @Override
    public ParameterSets parameterSets() {
        return new ParameterSets(Codec.H264, null, SPS, PPS);
    }

    @Override
    public StreamSubscription subscribe(String consumer, int queueCapacity) {
        Sub s = new Sub(queueCapacity);
        subs.add(s);
        requestKeyframe("subscribe");
        return s;
    }

    @Override
    public void requestKeyframe(String reason) {
        keyframeRequests.incrementAndGet();
        keyframeWanted = true;
    }

    @Override
    public void setBitrate(int kbps) {
        bitrate.set(kbps);
    }

    /** One subscription. */
    final class Sub implements StreamSubscription {
        private final ArrayBlockingQueue<AccessUnit> q;
        private volatile boolean closed;

        Sub(int capacity) {
            q = new ArrayBlockingQueue<>(capacity);
        }

        void offer(AccessUnit u) {
            if (!closed) {
                q.offer(u);
            }
        }

        @Override
        public AccessUnit poll(long timeout, TimeUnit unit) throws InterruptedException {
            return closed ? null : q.poll(timeout, unit);
        }

        @Override
        public void requestKeyframe(String reason) {
            FakeStream.this.requestKeyframe(reason);
        }

        @Override
        public long delivered() {
            return 0;
        }

        @Override
        public long dropped() {
            return 0;
        }

        @Override
        public long resyncs() {
            return 0;
        }

        @Override
        public int queued() {
            return q.size();
        }

        @Override
        public boolean closed() {
            return closed;
        }

        @Override
        public void close() {
            closed = true;
            subs.remove(this);
        }
    }

    /** Annex B bytes: [SPS PPS] slice. */
    static final class Unit implements AccessUnit {
        final long sequence;
        final boolean key;
        final ByteBuffer data;
        final int[] offsets;
        final int[] lengths;
        final long pts = System.nanoTime();

        Unit(long sequence, boolean key, int sliceSize) {
            this.sequence = sequence;
            this.key = key;
            ByteBuffer b = ByteBuffer.allocateDirect(64 + sliceSize);
            int n = key ? 3 : 1;
            offsets = new int[n];
            lengths = new int[n];
            int i = 0;
            if (key) {
                b.putInt(1);
                offsets[i] = b.position();
                lengths[i++] = SPS.length;
                b.put(SPS);
                b.putInt(1);
                offsets[i] = b.position();
                lengths[i++] = PPS.length;
                b.put(PPS);
            }
            b.putInt(1);
            offsets[i] = b.position();
            lengths[i] = sliceSize;
            b.put((byte) (key ? 0x65 : 0x41));
            for (int k = 1; k < sliceSize; k++) {
                b.put((byte) (k * 31 + sequence));
            }
            this.data = b.flip();
        }

        @Override
        public Codec codec() {
            return Codec.H264;
        }

        @Override
        public ByteBuffer data() {
            return data;
        }

        @Override
        public int size() {
            return data.limit();
        }

        @Override
        public int nalCount() {
            return offsets.length;
        }

        @Override
        public int nalOffset(int i) {
            return offsets[i];
        }

        @Override
        public int nalLength(int i) {
            return lengths[i];
        }

        @Override
        public int nalType(int i) {
            return data.get(offsets[i]) & 0x1f;
        }

        @Override
        public boolean keyframe() {
            return key;
        }

        @Override
        public long ptsNanos() {
            return pts;
        }

        @Override
        public long dtsNanos() {
            return pts;
        }

        @Override
        public long captureEpochMicros() {
            return System.currentTimeMillis() * 1000;
        }

        @Override
        public long frameSequence() {
            return sequence;
        }

        @Override
        public int generation() {
            return 1;
        }

        @Override
        public AccessUnit retain() {
            return this;
        }

        @Override
        public void release() {
        }
    }
}
