package io.rotordream.webrtc.server.internal.media;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.rtp.H264Packetizer;
import io.rotordream.rtp.H265Packetizer;
import io.rotordream.rtp.Packetizer;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.stream.AccessUnit;
import io.rotordream.video.api.stream.StreamSubscription;
import io.rotordream.video.api.stream.VideoStream;

/**
 * One thread per mount with viewers: it takes each access unit once from the stream (a bounded
 * subscription: when this thread falls behind, the pipeline drops for it alone and resumes at a
 * keyframe), packetizes it once (RFC 6184 / RFC 7798, shared with RTSP), and hands the payloads to
 * every viewer's {@link RtpOut}. Sends are non-blocking, so a slow or lossy viewer costs the others
 * nothing but the time of its own sends.
 */
public final class MountSender implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(MountSender.class);
    private static final int QUEUE = 8;

    private final String mount;
    private final VideoStream stream;
    private final int maxPayload;
    private final Packetizer h264;
    private final Packetizer h265;
    private volatile MediaSink[] sinks = new MediaSink[0];
    private volatile boolean running = true;
    private StreamSubscription subscription;
    private Thread thread;
    private byte[] payloads = new byte[256 * 1024];
    private ByteBuffer payloadBuffer = ByteBuffer.wrap(payloads);
    private int[] offsets = new int[256];
    private int[] lengths = new int[256];

    public MountSender(String mount, VideoStream stream, int maxPayload) {
        this.mount = mount;
        this.stream = stream;
        this.maxPayload = maxPayload;
        this.h264 = new H264Packetizer(maxPayload);
        this.h265 = new H265Packetizer(maxPayload);
    }

    public synchronized void start() {
        subscription = stream.subscribe("webrtc " + mount, QUEUE);
        thread = new Thread(this, "rotordream-webrtc-send-" + mount);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the thread and closes the subscription; waits at most a second for the thread. */
    public void stop() {
        running = false;
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        StreamSubscription s = subscription;
        if (s != null) {
            s.close();
        }
    }

    public synchronized void add(MediaSink sink) {
        sinks = Arrays.copyOf(sinks, sinks.length + 1);
        sinks[sinks.length - 1] = sink;
        requestKeyframe("new webrtc viewer");
    }

    public synchronized void remove(MediaSink sink) {
        sinks = Arrays.stream(sinks).filter(s -> s != sink).toArray(MediaSink[]::new);
    }

    public int viewers() {
        return sinks.length;
    }

    public String mount() {
        return mount;
    }

    public VideoStream stream() {
        return stream;
    }

    public void requestKeyframe(String reason) {
        StreamSubscription s = subscription;
        if (s != null) {
            s.requestKeyframe(reason);
        } else {
            stream.requestKeyframe(reason);
        }
    }

    /** Access units the pipeline dropped for this sender (it fell behind). */
    public long dropped() {
        StreamSubscription s = subscription;
        return s == null ? 0 : s.dropped();
    }

    @Override
    public void run() {
        while (running) {
            AccessUnit au;
            try {
                au = subscription.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                break;
            }
            if (au == null) {
                if (subscription.closed()) {
                    break;
                }
                continue;
            }
            try {
                deliver(au);
            } catch (RuntimeException e) {
                LOG.warn("WebRTC sender of {}: {}", mount, e.toString(), e);
            } finally {
                au.release();
            }
        }
    }

    private void deliver(AccessUnit au) {
        MediaSink[] targets = sinks;
        if (targets.length == 0) {
            return;
        }
        int count = packetize(au);
        long now = System.nanoTime();
        boolean keyframe = au.keyframe();
        for (MediaSink sink : targets) {
            if (sink.codec() != au.codec()) {
                sink.incompatible("codec_changed: the stream is now " + au.codec().rtpName());
                continue;
            }
            if (!keyframe && sink.awaitingKeyframe()) {
                continue;
            }
            RtpOut out = sink.out();
            long ts = out.timestamp(au.ptsNanos());
            for (int i = 0; i < count; i++) {
                out.send(payloads, offsets[i], lengths[i], i == count - 1, ts);
            }
            if (keyframe && sink.awaitingKeyframe()) {
                sink.started(now);
            }
        }
    }

    /** Packetizes the access unit once into the shared payload area. @return payloads made */
    private int packetize(AccessUnit au) {
        Packetizer p = au.codec() == Codec.H265 ? h265 : h264;
        p.begin(au.data());
        for (int i = 0; i < au.nalCount(); i++) {
            p.addNal(au.nalOffset(i), au.nalLength(i));
        }
        int at = 0;
        int count = 0;
        while (p.hasNext()) {
            if (at + maxPayload > payloads.length) {
                grow(payloads.length * 2);
            }
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, count * 2);
                lengths = Arrays.copyOf(lengths, count * 2);
            }
            int n = p.next(payloadBuffer, at);
            offsets[count] = at;
            lengths[count] = n;
            count++;
            at += n;
        }
        return count;
    }

    // Grows only until the largest access unit seen fits: a keyframe at a new, larger size.
    private void grow(int size) {
        payloads = Arrays.copyOf(payloads, size);
        payloadBuffer = ByteBuffer.wrap(payloads);
    }
}
