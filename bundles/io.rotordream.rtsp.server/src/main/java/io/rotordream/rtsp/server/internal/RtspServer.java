package io.rotordream.rtsp.server.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.memory.api.BufferPools;
import io.rotordream.streaming.adaptive.api.BitrateController;
import io.rotordream.streaming.adaptive.api.ReceiverFeedback;
import io.rotordream.rtp.RtcpParser;
import io.rotordream.video.api.stream.VideoStream;

/**
 * The RTSP server without OSGi: listener and I/O loops, mounts, sessions, credentials, limits.
 * The component feeds it configuration, streams and users as they come and go.
 */
final class RtspServer implements ServerContext {

    private static final Logger LOG = LoggerFactory.getLogger(RtspServer.class);
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Mount> mounts = new ConcurrentHashMap<>();
    private final Map<String, RtspSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, Integer> multicastPorts = new ConcurrentHashMap<>();
    private final RequestHandler handler = new RequestHandler(this);
    private final long sessionVersion = System.currentTimeMillis() / 1000;
    final AtomicLong malformed = new AtomicLong();
    private volatile Settings settings;
    private final ViewerGate gate = new ViewerGate();
    private volatile BufferPools pools;
    private volatile BitrateController controller;
    private IoLoop[] loops = new IoLoop[0];
    private ServerSocketChannel listener;
    private final Acceptor acceptor = new Acceptor(this::settings);
    private Thread accepting;
    private Thread timer;
    private volatile boolean running;

    Settings settings() {
        return settings;
    }

    RequestHandler handler() {
        return handler;
    }

    ViewerGate gate() {
        return gate;
    }

    void pools(BufferPools p) {
        this.pools = p;
    }

    void controller(BitrateController c) {
        this.controller = c;
    }

    @Override
    public ReceiverFeedback feedback(String mount, String sessionId) {
        BitrateController c = controller;
        return c == null ? null : c.register(mount, sessionId, "rtsp");
    }

    void malformed() {
        malformed.incrementAndGet();
    }

    long sessionVersion() {
        return sessionVersion;
    }

    /** Applies a configuration; rebinds the listener (ending every session) only when the listener changed. */
    synchronized void configure(Settings s) throws IOException {
        Settings old = settings;
        settings = s;
        gate.realm(s.realm, random);
        if (s.rebind(old)) {
            stopNetwork();
            if (s.enabled) {
                startNetwork(s);
            }
        }
    }

    private void startNetwork(Settings s) throws IOException {
        loops = new IoLoop[s.ioThreads];
        for (int i = 0; i < loops.length; i++) {
            loops[i] = new IoLoop(i + 1, this);
            loops[i].start();
        }
        listener = ServerSocketChannel.open();
        listener.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        try {
            listener.bind(new InetSocketAddress(InetAddress.getByName(s.bindAddress), s.port), 128);
        } catch (IOException e) {
            stopNetwork();
            throw new IOException("cannot listen on " + s.bindAddress + ":" + s.port + ": " + e.getMessage(), e);
        }
        running = true;
        acceptor.listen(listener, loops);
        accepting = new Thread(acceptor, "rotordream-rtsp-accept");
        accepting.setDaemon(true);
        accepting.start();
        timer = new Thread(this::expire, "rotordream-rtsp-timer");
        timer.setDaemon(true);
        timer.start();
        LOG.info("RTSP server listening on {}:{} ({} I/O threads, auth {}, {} users)", s.bindAddress, s.port,
                s.ioThreads, s.auth, gate.userCount());
    }

    private void stopNetwork() {
        running = false;
        if (listener != null) {
            IoLoop.closeQuietly(listener);
            listener = null;
        }
        for (Thread t : new Thread[] { accepting, timer }) {
            if (t != null) {
                t.interrupt();
                try {
                    t.join(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        for (IoLoop l : loops) {
            l.shutdown();
        }
        loops = new IoLoop[0];
        for (RtspSession s : new ArrayList<>(sessions.values())) {
            endSession(s, "server stopping");
        }
    }

    synchronized void stop() {
        stopNetwork();
        for (Mount m : mounts.values()) {
            m.stop();
        }
        mounts.clear();
    }

    /** A connection from {@code host} closed: its place under the limits is free again. */
    void closed(String host) {
        acceptor.release(host);
    }

    int connectionCount() {
        return acceptor.connections();
    }

    // RFC 2326 §12.37: a session without keep-alive for its timeout is ended. TCP sessions live with their connection.
    private void expire() {
        while (running) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
            long limit = settings.sessionTimeoutS * 1_000_000_000L;
            long now = System.nanoTime();
            for (RtspSession s : sessions.values()) {
                if (s.connection == null && now - s.lastActivityNanos > limit) {
                    endSession(s, "timed out");
                }
            }
        }
    }

    void register(RtspSession s) {
        sessions.put(s.id, s);
    }

    RtspSession session(String id) {
        return sessions.get(id);
    }

    int sessionCount() {
        return sessions.size();
    }

    List<RtspSession> sessions() {
        return new ArrayList<>(sessions.values());
    }

    String newSessionId() {
        byte[] b = new byte[8];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b).toUpperCase(java.util.Locale.ROOT);
    }

    void endSession(RtspSession s, String reason) {
        if (sessions.remove(s.id, s)) {
            LOG.debug("RTSP session {} of {} ended: {}", s.id, s.address, reason);
        }
        s.close();
    }

    /** Ends a session from outside (REST): a TCP session's connection is closed with it. */
    boolean endSession(String id) {
        RtspSession s = sessions.get(id);
        if (s == null) {
            return false;
        }
        endSession(s, "ended by an operator");
        RtspConnection c = s.connection;
        if (c != null) {
            c.loop.run(() -> c.close("session ended by an operator"));
        }
        return true;
    }

    void readRtcp(SelectionKey k, RtspSession s, ByteBuffer buf) {
        DatagramChannel ch = (DatagramChannel) k.channel();
        try {
            for (int i = 0; i < 16; i++) {
                buf.clear();
                int n = ch.read(buf);
                if (n <= 0) {
                    return;
                }
                s.touch();
                rtcp(buf.flip(), s);
            }
        } catch (IOException e) {
            // ICMP unreachable from a client that left: the session times out
        }
    }

    void rtcp(ByteBuffer b, RtspSession s) {
        Thread t = Thread.currentThread();
        RtcpParser parser = t instanceof IoLoop l ? l.rtcpParser : new RtcpParser();
        parser.parse(b, b.position(), b.remaining(), s);
    }

    void mountAdded(String name, VideoStream stream) {
        mounts.compute(name, (n, m) -> {
            Mount mount = m == null ? new Mount(n, this) : m;
            mount.stream(stream);
            if (m == null) {
                mount.start();
            }
            return mount;
        });
    }

    void mountRemoved(String name, VideoStream stream) {
        Mount m = mounts.get(name);
        if (m != null && m.stream() == stream) {
            m.stream(null);
        }
    }

    Mount mount(String name) {
        return mounts.get(name);
    }

    List<Mount> mounts() {
        return new ArrayList<>(mounts.values());
    }

    @Override
    public Random random() {
        return random;
    }

    @Override
    public int writers() {
        return 1 + 16;
    }

    @Override
    public int currentWriter() {
        return Thread.currentThread() instanceof IoLoop l ? l.writer : 0;
    }

    @Override
    public int packetSize() {
        return settings.packetSize;
    }

    @Override
    public boolean retransmission() {
        return settings.retransmission;
    }

    @Override
    public BufferPools pools() {
        return pools;
    }

    @Override
    public MulticastSender openMulticast(Mount mount) throws IOException {
        Settings s = settings;
        int index = multicastPorts.computeIfAbsent(mount.name, n -> multicastPorts.size());
        return new MulticastSender(InetAddress.getByName(s.multicastGroup), s.multicastPort + 2 * index,
                s.multicastTtl, s.multicastInterface, s.tos);
    }
}
