package io.rotordream.rtsp.server.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.memory.api.BufferPools;
import io.rotordream.rtp.NtpTime;
import io.rotordream.rtp.RtcpWriter;
import io.rotordream.streaming.adaptive.api.ReceiverFeedback;
import io.rotordream.video.api.stream.AccessUnit;
import io.rotordream.video.api.stream.StreamSubscription;
import io.rotordream.video.api.stream.VideoStream;

/**
 * One mount: a subscription to its video stream, packetized once into shared frames, handed to
 * every playing session, plus its RTCP sender reports. The stream may come and go (an encoder
 * bundle restarting, a sub-stream reconfigured): the mount and its sessions stay, and the
 * sequence numbers and SSRC carry on when it is back.
 */
final class Mount implements Runnable, Packetizing.Pressure {

    private static final Logger LOG = LoggerFactory.getLogger(Mount.class);
    private static final long SR_INTERVAL_NANOS = 1_000_000_000L;
    private static final int HISTORY = 48;
    final String name;
    private final ServerContext server;
    private final Packetizing packets;
    private final FramePool frames = new FramePool(512);
    private final History history = new History(HISTORY);
    private final byte[] cname;
    private volatile VideoStream stream;
    private volatile RtspSession[] sessions = new RtspSession[0];
    private volatile MulticastSender multicast;
    private volatile int multicastViewers;
    private volatile boolean running = true;
    private StreamSubscription subscription;
    private Thread thread;
    private long ptsBase = Long.MIN_VALUE;
    private final long rtpBase;
    private long lastSr;
    volatile long droppedFrames;

    Mount(String name, ServerContext server) {
        this.name = name;
        this.server = server;
        java.util.Random r = server.random();
        this.rtpBase = r.nextInt() & 0xffffffffL;
        this.packets = new Packetizing(r.nextInt(), r.nextInt(), server.writers(), frames, this);
        this.cname = ("rotordream-" + name + "@" + Integer.toHexString(packets.ssrc())).getBytes(StandardCharsets.UTF_8);
    }

    int ssrc() {
        return packets.ssrc();
    }

    VideoStream stream() {
        return stream;
    }

    void stream(VideoStream s) {
        this.stream = s;
    }

    synchronized void start() {
        thread = new Thread(this, "rotordream-rtsp-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (RtspSession s : sessions) {
            s.close();
        }
        MulticastSender m = multicast;
        if (m != null) {
            m.close();
        }
    }

    /** The RTP timestamp (90 kHz) of a capture time on the monotonic clock. */
    long rtpTime(long nanos) {
        long base = ptsBase == Long.MIN_VALUE ? nanos : ptsBase;
        return (rtpBase + Math.floorDiv((nanos - base) * 9, 100_000L)) & 0xffffffffL;
    }

    int nextSequence() {
        return packets.nextSequence();
    }

    synchronized void add(RtspSession s) {
        RtspSession[] next = Arrays.copyOf(sessions, sessions.length + 1);
        next[next.length - 1] = s;
        sessions = next;
        requestKeyframe("new client " + s.address);
    }

    synchronized void remove(RtspSession s) {
        sessions = Arrays.stream(sessions).filter(x -> x != s).toArray(RtspSession[]::new);
    }

    RtspSession[] sessions() {
        return sessions;
    }

    synchronized MulticastSender joinMulticast() throws java.io.IOException {
        if (multicast == null) {
            multicast = server.openMulticast(this);
        }
        multicastViewers++;
        requestKeyframe("multicast viewer");
        return multicast;
    }

    synchronized void leaveMulticast() {
        if (--multicastViewers <= 0 && multicast != null) {
            multicastViewers = 0;
            multicast.close();
            multicast = null;
        }
    }

    /** {@code null} while no adaptive bitrate controller is there. */
    ReceiverFeedback feedback(String sessionId) {
        return server.feedback(name, sessionId);
    }

    void requestKeyframe(String reason) {
        StreamSubscription s = subscription;
        if (s != null) {
            s.requestKeyframe(reason);
        } else {
            VideoStream v = stream;
            if (v != null) {
                v.requestKeyframe(reason);
            }
        }
    }

    @Override
    public void run() {
        VideoStream subscribedTo = null;
        try {
            while (running) {
                VideoStream v = stream;
                if (v != subscribedTo) {
                    closeSubscription();
                    subscribedTo = v;
                    if (v != null) {
                        subscription = v.subscribe("rtsp " + name, 8);
                    }
                }
                StreamSubscription sub = subscription;
                if (sub == null || sub.closed()) {
                    Thread.sleep(50);
                    subscribedTo = sub == null ? subscribedTo : null;
                    continue;
                }
                AccessUnit au = sub.poll(100, TimeUnit.MILLISECONDS);
                if (au != null) {
                    try {
                        publish(au);
                    } finally {
                        au.release();
                    }
                }
                senderReportIfDue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("RTSP mount {} stopped: {}", name, e.toString(), e);
        } finally {
            closeSubscription();
            history.clear();
            packets.releaseCurrent();
        }
    }

    private void closeSubscription() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    private void publish(AccessUnit au) {
        RtspSession[] s = sessions;
        MulticastSender m = multicast;
        if (ptsBase == Long.MIN_VALUE) {
            ptsBase = au.ptsNanos();
        }
        if (s.length == 0 && m == null) {
            // nobody watches: hold no network buffer (the history and the half-filled block go back)
            shed();
            packets.releaseCurrent();
            return;
        }
        VideoStream v = stream;
        MediaFrame f = packets.packetize(au, rtpTime(au.ptsNanos()), v == null ? null : v.parameterSets(),
                server.packetSize(), server.pools() == null ? null : server.pools().pool(BufferPools.NETWORK));
        if (f == null) {
            droppedFrames++;
            requestKeyframe("rtsp " + name + " out of network buffers");
            return;
        }
        dispatch(f, s, m);
        if (server.retransmission()) {
            history.add(f);
        }
        f.release();
    }

    private static void dispatch(MediaFrame f, RtspSession[] s, MulticastSender m) {
        for (RtspSession x : s) {
            x.offer(f);
        }
        if (m != null) {
            m.send(f);
        }
    }

    // RFC 3550 §6.4.1: the SR maps the wall clock (NTP) to the RTP clock at one instant.
    private void senderReportIfDue() {
        long now = System.nanoTime();
        if (now - lastSr < SR_INTERVAL_NANOS || ptsBase == Long.MIN_VALUE) {
            return;
        }
        RtspSession[] s = sessions;
        MulticastSender m = multicast;
        if (s.length == 0 && m == null) {
            return;
        }
        lastSr = now;
        long ntp = NtpTime.fromEpochMicros(System.currentTimeMillis() * 1000);
        long rtp = rtpTime(now);
        MediaFrame f = packets.rtcp(128, (at, unused) -> {
            java.nio.ByteBuffer b = packets.currentBuffer();
            int n = RtcpWriter.senderReport(b, at, packets.ssrc(), ntp, rtp, packets.packetsSent, packets.octetsSent,
                    null, 0);
            return n + RtcpWriter.sdesCname(b, at + n, packets.ssrc(), cname);
        }, server.pools() == null ? null : server.pools().pool(BufferPools.NETWORK));
        if (f != null) {
            dispatch(f, s, m);
            f.release();
        }
    }

    /** I/O thread {@code writer}: resend what a generic NACK names, if still in the history. */
    void retransmit(RtspSession to, int pid, int blp) {
        if (!server.retransmission()) {
            return;
        }
        for (int k = 0; k <= 16; k++) {
            if (k == 0 || (blp & (1 << (k - 1))) != 0) {
                history.resend((pid + k) & 0xffff, to, server.currentWriter());
            }
        }
    }

    /**
     * The pools ran dry: first the retransmission history goes (it is a convenience), then the TCP
     * client holding the most frames loses its backlog.
     */
    @Override
    public boolean shed() {
        if (history.clear()) {
            return true;
        }
        RtspSession worst = null;
        for (RtspSession s : sessions) {
            if (s.queue != null && s.queue.size() > 0 && (worst == null || s.queue.size() > worst.queue.size())) {
                worst = s;
            }
        }
        return worst != null && worst.queue.shed() > 0;
    }
}
