package io.rotordream.rtsp.server.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts RTSP connections, refuses those over the limits (connections in all, and per client
 * address) by closing them at once, sets the socket options and hands each to an I/O loop.
 */
final class Acceptor implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Acceptor.class);
    private final Map<String, Integer> perAddress = new ConcurrentHashMap<>();
    private final AtomicInteger connections = new AtomicInteger();
    final AtomicLong refused = new AtomicLong();
    private final Supplier<Settings> settings;
    private volatile ServerSocketChannel listener;
    private volatile IoLoop[] loops = new IoLoop[0];
    private int next;

    Acceptor(Supplier<Settings> settings) {
        this.settings = settings;
    }

    void listen(ServerSocketChannel l, IoLoop[] ls) {
        this.loops = ls;
        this.listener = l;
    }

    @Override
    public void run() {
        ServerSocketChannel l = listener;
        while (l != null && l.isOpen()) {
            SocketChannel ch;
            try {
                ch = l.accept();
            } catch (IOException e) {
                if (l.isOpen()) {
                    LOG.warn("RTSP accept failed: {}", e.toString());
                }
                return;
            }
            adopt(ch);
        }
    }

    private void adopt(SocketChannel ch) {
        Settings s = settings.get();
        String host;
        try {
            host = ((InetSocketAddress) ch.getRemoteAddress()).getAddress().getHostAddress();
        } catch (IOException e) {
            IoLoop.closeQuietly(ch);
            return;
        }
        int fromHost = perAddress.merge(host, 1, Integer::sum);
        if (connections.incrementAndGet() > s.maxConnections | fromHost > s.maxClientsPerAddress) {
            refused.incrementAndGet();
            release(host);
            IoLoop.closeQuietly(ch);
            return;
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
                // DSCP is a hint; a kernel refusing it must not refuse the client
            }
        } catch (IOException e) {
            release(host);
            IoLoop.closeQuietly(ch);
            return;
        }
        IoLoop[] ls = loops;
        ls[next++ % ls.length].adopt(ch);
    }

    /** A connection from {@code host} closed: its place under the limits is free again. */
    void release(String host) {
        connections.decrementAndGet();
        perAddress.computeIfPresent(host, (h, n) -> n <= 1 ? null : n - 1);
    }

    int connections() {
        return connections.get();
    }
}
