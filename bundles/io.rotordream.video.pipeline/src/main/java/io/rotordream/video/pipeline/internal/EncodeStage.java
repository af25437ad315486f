package io.rotordream.video.pipeline.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.memory.api.BufferPool;
import io.rotordream.memory.api.PooledBuffer;
import io.rotordream.video.api.Frame;
import io.rotordream.video.api.encoder.EncodedPicture;
import io.rotordream.video.api.encoder.Encoder;
import io.rotordream.video.api.encoder.EncoderException;
import io.rotordream.video.api.encoder.EncoderSettings;

/**
 * The encode thread of one stream: takes the freshest frame, encodes it into an encoding-pool
 * buffer and publishes the access unit. Per frame it allocates nothing: the picture descriptor,
 * the access-unit objects and the buffers are all reused.
 */
final class EncodeStage implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(EncodeStage.class);
    private final StreamChannel channel;
    private final EncodeQueue queue;
    private final EncoderSlot slot;
    private final Fanout fanout;
    private final ChannelCounters counters;
    private final FormatConverter converter;
    private final Scaler scaler;
    private final EncodedPicture picture = new EncodedPicture();
    private final Map<PooledBuffer, AccessUnitImpl> units = new IdentityHashMap<>();
    private volatile boolean running = true;
    private long lastErrorLog;

    EncodeStage(StreamChannel channel, EncodeQueue queue, EncoderSlot slot, Fanout fanout, ChannelCounters counters,
            FormatConverter converter, Scaler scaler) {
        this.channel = channel;
        this.queue = queue;
        this.slot = slot;
        this.fanout = fanout;
        this.counters = counters;
        this.converter = converter;
        this.scaler = scaler;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        channel.encodeThread(Thread.currentThread().getId());
        boolean placed = false;
        try {
            while (running) {
                if (!placed) {
                    placed = channel.placeEncodeThread();
                }
                Frame frame = queue.poll(100, TimeUnit.MILLISECONDS);
                if (frame == null) {
                    slot.idle();
                    continue;
                }
                try {
                    encode(frame);
                } finally {
                    frame.release();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            slot.close();
            slot.idle();
        }
    }

    private void encode(Frame captured) {
        Frame converted = converter.toEncoderInput(captured);
        if (converted == null) {
            counters.drops.formatChange.incrementAndGet();
            return;
        }
        Frame frame = converted;
        int[] size = channel.targetSize(converted.format());
        if (size != null) {
            frame = scaler.scale(converted, size[0], size[1]);
            if (converted != captured) {
                converted.release();
            }
            if (frame == null) {
                counters.drops.noOutputBuffer.incrementAndGet();
                return;
            }
        }
        try {
            EncoderSettings wanted = channel.settingsFor(frame.format());
            Encoder encoder = slot.encoder(wanted, channel.backendOrder());
            if (encoder == null) {
                counters.drops.noEncoder.incrementAndGet();
                return;
            }
            long now = System.nanoTime();
            if (channel.keyframes().take(now)) {
                encoder.requestKeyframe();
            }
            BufferPool pool = channel.encodingPool();
            PooledBuffer out = pool.tryAcquire();
            if (out == null && fanout.shedLargest()) {
                out = pool.tryAcquire();
            }
            if (out == null) {
                counters.drops.noOutputBuffer.incrementAndGet();
                return;
            }
            try {
                AccessUnitImpl au = units.computeIfAbsent(out, AccessUnitImpl::new);
                out.buffer().clear();
                picture.annexB = out.buffer();
                long t0 = System.nanoTime();
                boolean produced = encoder.encode(frame, picture);
                long t1 = System.nanoTime();
                counters.encodeTime.record(t1 - t0);
                if (produced) {
                    au.fill(wanted.codec, picture, slot.generation());
                    counters.encoded(t1, au.size(), au.keyframe());
                    fanout.publish(au);
                }
            } catch (EncoderException e) {
                counters.drops.encoderError.incrementAndGet();
                slot.failed();
                if (now - lastErrorLog > 5_000_000_000L) {
                    lastErrorLog = now;
                    LOG.error("{} failed on frame {}: {}", slot.backend(), frame.sequence(), e.getMessage());
                }
            } finally {
                out.release();
            }
        } finally {
            if (frame != captured) {
                frame.release();
            }
        }
    }
}
