package io.rotordream.video.pipeline.internal;

import java.util.List;
import java.util.function.Supplier;

import io.rotordream.memory.api.BufferPool;
import io.rotordream.memory.api.BufferPools;
import io.rotordream.video.api.Frame;
import io.rotordream.video.api.FrameFormat;
import io.rotordream.video.api.encoder.EncoderFactory;
import io.rotordream.video.api.encoder.EncoderSettings;
import io.rotordream.video.api.encoder.ParameterSets;
import io.rotordream.video.api.stream.PipelineStats;
import io.rotordream.video.api.stream.StreamInfo;
import io.rotordream.video.api.stream.StreamSubscription;
import io.rotordream.video.api.stream.VideoStream;

/** One encoded stream (a mount): its encode queue, encode thread, encoder and subscribers. */
final class StreamChannel implements VideoStream {

    private final String mount;
    private final BufferPools pools;
    private final ThreadPlacement placement;
    private final Drops drops;
    private final ChannelCounters counters = new ChannelCounters();
    private final EncodeQueue queue;
    private final EncoderSlot slot;
    private final Fanout fanout = new Fanout();
    private final KeyframeGate keyframes = new KeyframeGate();
    private final Supplier<String> sourceName;
    private volatile EncoderSettings template;
    private volatile List<String> order;
    private volatile int bitrateOverride;
    /** 0: encode at the captured size; else the sub-stream's size. */
    private volatile int targetWidth;
    private volatile int targetHeight;
    /** 0: every frame; else the least time between encoded frames (frame-rate reduction). */
    private volatile long minIntervalNanos;
    private long lastAccepted = -1;
    private volatile long encodeThreadId;
    private volatile long captureThreadId;
    private volatile FrameFormat lastFormat;
    private EncodeStage stage;
    private Thread thread;

    StreamChannel(String mount, int queueLength, Backends backends, BufferPools pools, ThreadPlacement placement,
            Supplier<String> sourceName) {
        this.mount = mount;
        this.pools = pools;
        this.placement = placement;
        this.sourceName = sourceName;
        this.drops = counters.drops;
        this.queue = new EncodeQueue(queueLength, drops);
        this.slot = new EncoderSlot(backends);
    }

    synchronized void start() {
        if (thread != null) {
            return;
        }
        stage = new EncodeStage(this, queue, slot, fanout, counters,
                new FormatConverter(() -> pools.pool(BufferPools.FRAME)), new Scaler(() -> pools.pool(BufferPools.FRAME)));
        thread = new Thread(stage, "rotordream-encode-" + mount);
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        if (thread == null) {
            return;
        }
        stage.stop();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
        queue.clear();
    }

    void close() {
        stop();
        fanout.closeAll();
    }

    /** Capture thread: one reference of {@code frame} for this stream. */
    void offer(Frame frame) {
        long interval = minIntervalNanos;
        if (interval > 0) {
            // Decimate by the sensor's frame numbers, not by capture times: 30 -> 15 fps keeps
            // exactly every other frame, whatever the capture jitter.
            double ratio = 1e9 / interval / frame.format().fps();
            long slot = (long) Math.floor(frame.sequence() * Math.min(1.0, ratio));
            if (slot == lastAccepted && frame.sequence() != 0) {
                frame.release();
                return;
            }
            lastAccepted = slot;
        }
        counters.input.record(frame.captureNanos(), 0);
        lastFormat = frame.format();
        queue.offer(frame);
    }

    void configure(EncoderSettings settings, List<String> backendOrder) {
        this.template = settings.copy();
        this.order = List.copyOf(backendOrder);
    }

    /** A sub-stream: pictures scaled to this size, at most this often. */
    void reshape(int width, int height, double maxFps) {
        this.targetWidth = width;
        this.targetHeight = height;
        this.minIntervalNanos = maxFps > 0 ? (long) (1e9 / maxFps) : 0;
    }

    /** The size to encode a frame of the given size at. */
    int[] targetSize(FrameFormat f) {
        int w = targetWidth;
        int h = targetHeight;
        if (w <= 0 || h <= 0 || (w >= f.width && h >= f.height)) {
            return null;
        }
        return new int[] { Math.min(w, f.width) & ~1, Math.min(h, f.height) & ~1 };
    }

    /** A backend appeared: switch to it when it ranks before the one in use. */
    void backendAdded(EncoderFactory f) {
        List<String> o = order;
        String current = slot.backend();
        if (o != null && o.contains(f.name()) && (current.isEmpty() || o.indexOf(f.name()) < o.indexOf(current))) {
            slot.reopen();
        }
    }

    /** A backend is leaving: its encoder is closed before this returns (the next frame opens another). */
    void backendRemoved(EncoderFactory f) {
        boolean encoding;
        synchronized (this) {
            encoding = thread != null && thread.isAlive();
        }
        if (encoding) {
            slot.closeIfFrom(f, 3_000);
        } else {
            slot.close();
        }
    }

    private EncoderSettings cachedSettings;
    private EncoderSettings cachedTemplate;
    private FrameFormat cachedFormat;
    private int cachedOverride;
    private long cachedInterval;

    /**
     * Encode thread: settings for a frame of this format (after scaling). The same object comes
     * back while nothing changed, so the per-frame path neither allocates nor compares fields.
     */
    EncoderSettings settingsFor(FrameFormat f) {
        EncoderSettings t = template;
        int override = bitrateOverride;
        long interval = minIntervalNanos;
        if (cachedSettings != null && t == cachedTemplate && override == cachedOverride && interval == cachedInterval
                && f.equals(cachedFormat)) {
            return cachedSettings;
        }
        cachedSettings = build(t, f, override, interval);
        cachedTemplate = t;
        cachedFormat = f;
        cachedOverride = override;
        cachedInterval = interval;
        return cachedSettings;
    }

    private static EncoderSettings build(EncoderSettings template, FrameFormat f, int override, long interval) {
        EncoderSettings s = template.copy();
        s.width = f.width;
        s.height = f.height;
        s.inputFormat = f.pixelFormat;
        s.fpsNum = f.fpsNum;
        s.fpsDen = f.fpsDen;
        if (interval > 0 && 1e9 / interval < f.fps()) {
            s.fpsNum = (int) Math.round(1e9 / interval);
            s.fpsDen = 1;
        }
        if (override > 0) {
            s.bitrateKbps = override;
        }
        return s;
    }

    List<String> backendOrder() {
        return order;
    }

    KeyframeGate keyframes() {
        return keyframes;
    }

    BufferPool encodingPool() {
        return pools.pool(BufferPools.ENCODING);
    }

    void encodeThread(long id) {
        encodeThreadId = id;
    }

    void captureThread(long id) {
        captureThreadId = id;
    }

    boolean placeEncodeThread() {
        return placement.placeCurrent(ThreadPlacement.Stage.ENCODE);
    }

    @Override
    public String mount() {
        return mount;
    }

    @Override
    public ParameterSets parameterSets() {
        return slot.parameterSets();
    }

    @Override
    public StreamSubscription subscribe(String consumer, int queueCapacity) {
        SubscriptionImpl[] holder = new SubscriptionImpl[1];
        SubscriptionImpl s = new SubscriptionImpl(consumer, queueCapacity, this::requestKeyframe,
                () -> fanout.remove(holder[0]));
        holder[0] = s;
        fanout.add(s);
        requestKeyframe("new consumer " + consumer);
        return s;
    }

    @Override
    public void requestKeyframe(String reason) {
        keyframes.request();
    }

    @Override
    public void setBitrate(int kbps) {
        bitrateOverride = Math.max(0, kbps);
    }

    @Override
    public StreamInfo info() {
        StreamInfo i = new StreamInfo();
        EncoderSettings t = template;
        long now = System.nanoTime();
        i.mount = mount;
        i.codec = t == null ? null : t.codec;
        i.backend = slot.backend();
        i.generation = slot.generation();
        i.subscribers = fanout.size();
        i.bitrateKbps = bitrateOverride > 0 ? bitrateOverride : t == null ? 0 : t.bitrateKbps;
        i.actualBitrateKbps = counters.output.kbps(now);
        i.fps = counters.output.perSecond(now);
        i.profile = t == null ? null : t.profile;
        synchronized (this) {
            i.running = thread != null;
        }
        FrameFormat last = lastFormat;
        if (last != null) {
            int[] size = targetSize(last);
            i.width = size == null ? last.width : size[0];
            i.height = size == null ? last.height : size[1];
        }
        return i;
    }

    PipelineStats stats() {
        long now = System.nanoTime();
        PipelineStats s = new PipelineStats();
        s.mount = mount;
        s.source = sourceName.get();
        s.backend = slot.backend();
        s.captureFps = counters.input.perSecond(now);
        s.encodeFps = counters.output.perSecond(now);
        s.outputFps = s.encodeFps;
        s.drops = drops.snapshot();
        s.drops.put("consumer_queue_full", fanout.dropped());
        double[] ms = counters.encodeTime.millis();
        s.encodeMsP50 = ms[0];
        s.encodeMsP95 = ms[1];
        s.encodeMsMax = ms[2];
        s.encodeQueueDepth = queue.depth();
        s.encodeQueueCapacity = queue.capacity();
        s.actualBitrateKbps = counters.output.kbps(now);
        s.framesCaptured = counters.input.total();
        s.framesEncoded = counters.output.total();
        s.keyframes = counters.keyframes.get();
        s.backendSwitches = slot.switches();
        s.threads = placement.report();
        s.encodeThreadAllocatedBytes = ThreadAllocation.of(encodeThreadId);
        s.captureThreadAllocatedBytes = ThreadAllocation.of(captureThreadId);
        return s;
    }
}
