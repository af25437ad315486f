package io.rotordream.rtsp.server.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.memory.api.BufferPools;
import io.rotordream.rtp.RtcpParser;
import io.rotordream.rtsp.server.internal.protocol.DigestAuth;
import io.rotordream.security.api.AuthRateLimiter;
import io.rotordream.video.api.stream.VideoStream;

/**
 * The RTSP server without OSGi: listener and I/O loops, mounts, sessions, credentials, limits.
 * The component feeds it configuration, streams and users as they come and go.
 */
final class RtspServer implements ServerContext {

    private static final Logger LOG = LoggerFactory.getLogger(RtspServer.class);
    private final Random random = new SecureRandom();
    private final Map<String, Mount> mounts = new ConcurrentHashMap<>();
    private final Map<String, RtspSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, Integer> perAddress = new ConcurrentHashMap<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final Map<String, Integer> multicastPorts = new ConcurrentHashMap<>();
    private final RequestHandler handler = new RequestHandler(this);
    private final long sessionVersion = System.currentTimeMillis() / 1000;
    final AtomicLong malformed = new AtomicLong();
    final AtomicLong refusedConnections = new AtomicLong();
    private volatile Settings settings;
    private volatile DigestAuth auth;
    private volatile Map<String, DigestAuth.Credentials> users = Map.of();
    private volatile BufferPools pools;
    private volatile AuthRateLimiter limiter;
    private IoLoop[] loops = new IoLoop[0];
    private ServerSocketChannel listener;
    private Thread acceptor;
    private Thread timer;
    private volatile boolean running;
    private int nextLoop;

    Settings settings() {
        return settings;
    }

    RequestHandler handler() {
        return handler;
    }

    DigestAuth auth() {
        return auth;
    }

    void pools(BufferPools p) {
        this.pools = p;
    }

    void limiter(AuthRateLimiter l) {
        this.limiter = l;
    }

    void users(Map<String, DigestAuth.Credentials> u) {
        this.users = Map.copyOf(u);
    }

    DigestAuth.Credentials credentials(String user) {
        return users.get(user);
    }

    int userCount() {
        return users.size();
    }

    long authRetryAfter(String address) {
        AuthRateLimiter l = limiter;
        return l == null ? 0 : l.retryAfterSeconds(address);
    }

    void authFailed(String address) {
        AuthRateLimiter l = limiter;
        if (l != null) {
            l.recordFailure(address);
        }
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
        if (old == null || !old.realm.equals(s.realm)) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            auth = new DigestAuth(s.realm, key, System::currentTimeMillis);
        }
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
        ServerSocketChannel l = listener;
        acceptor = new Thread(() -> accept(l), "rotordream-rtsp-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        timer = new Thread(this::expire, "rotordream-rtsp-timer");
        timer.setDaemon(true);
        timer.start();
        LOG.info("RTSP server listening on {}:{} ({} I/O threads, auth {}, {} users)", s.bindAddress, s.port,
                s.ioThreads, s.auth, users.size());
    }

    private void stopNetwork() {
        running = false;
        if (listener != null) {
            IoLoop.closeQuietly(listener);
            listener = null;
        }
        for (Thread t : new Thread[] { acceptor, timer }) {
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

    private void accept(ServerSocketChannel l) {
        while (running) {
            SocketChannel ch;
            try {
                ch = l.accept();
            } catch (IOException e) {
                if (running) {
                    LOG.warn("RTSP accept failed: {}", e.toString());
                }
                return;
            }
            Settings s = settings;
            String host;
            try {
                host = ((InetSocketAddress) ch.getRemoteAddress()).getAddress().getHostAddress();
            } catch (IOException e) {
                IoLoop.closeQuietly(ch);
                continue;
            }
            int fromHost = perAddress.merge(host, 1, Integer::sum);
            if (connections.incrementAndGet() > s.maxConnections | fromHost > s.maxClientsPerAddress) {
                refusedConnections.incrementAndGet();
                release(host);
                IoLoop.closeQuietly(ch);
                continue;
            }
            try {
                ch.configureBlocking(false);
                ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
                if (s.bufferSize > 0) {
                    ch.setOption(StandardSocketOptions.SO_SNDBUF, s.bufferSize);
                }
                try {
                    ch.setOption(StandardSocketOptions.IP_TOS, s.tos);
                } catch (IOException | UnsupportedOperationException e) {
                    // DSCP is a hint
                }
            } catch (IOException e) {
                release(host);
                IoLoop.closeQuietly(ch);
                continue;
            }
            IoLoop[] ls = loops;
            ls[nextLoop++ % ls.length].adopt(ch);
        }
    }

    private void release(String host) {
        connections.decrementAndGet();
        perAddress.computeIfPresent(host, (h, n) -> n <= 1 ? null : n - 1);
    }

    /** A connection from {@code host} closed: its place under the limits is free again. */
    void closed(String host) {
        release(host);
    }

    int connectionCount() {
        return connections.get();
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
