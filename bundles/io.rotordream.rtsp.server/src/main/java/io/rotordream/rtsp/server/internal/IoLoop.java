package io.rotordream.rtsp.server.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One I/O thread with its selector: the RTSP connections given to it (requests, responses,
 * interleaved media) and the RTCP sockets of its UDP sessions. Media arrives from mount threads
 * as a flag, so a frame for many clients costs one wake-up per loop, not one per client.
 */
final class IoLoop extends Thread {

    private static final Logger LOG = LoggerFactory.getLogger(IoLoop.class);
    final int writer;
    private final Selector selector;
    private final RtspServer server;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean mediaPending = new AtomicBoolean();
    private final List<RtspConnection> connections = new ArrayList<>();
    /** Read buffer shared by this loop's connections (used one at a time). */
    final ByteBuffer readBuffer = ByteBuffer.allocateDirect(16 * 1024);
    final io.rotordream.rtp.RtcpParser rtcpParser = new io.rotordream.rtp.RtcpParser();
    private final java.util.function.Consumer<SelectionKey> handler = this::handle;
    private volatile boolean running = true;
    private long lastHousekeeping;

    IoLoop(int writer, RtspServer server) throws IOException {
        super("rotordream-rtsp-io-" + writer);
        setDaemon(true);
        this.writer = writer;
        this.server = server;
        this.selector = Selector.open();
    }

    void adopt(SocketChannel ch) {
        tasks.add(() -> {
            try {
                RtspConnection c = new RtspConnection(ch, this, server);
                c.key = ch.register(selector, SelectionKey.OP_READ, c);
                connections.add(c);
            } catch (IOException e) {
                String host = "?";
                try {
                    host = ((java.net.InetSocketAddress) ch.getRemoteAddress()).getAddress().getHostAddress();
                } catch (IOException | RuntimeException gone) {
                    // the peer left before we adopted it
                }
                closeQuietly(ch);
                server.closed(host);
            }
        });
        selector.wakeup();
    }

    /** Any thread: read RTCP from a UDP session's socket on this loop. */
    void watchRtcp(SelectableChannel ch, RtspSession s) {
        tasks.add(() -> {
            try {
                ch.register(selector, SelectionKey.OP_READ, s);
            } catch (ClosedChannelException e) {
                // the session ended first
            }
        });
        selector.wakeup();
    }

    void run(Runnable task) {
        tasks.add(task);
        selector.wakeup();
    }

    /** Mount thread: frames were queued for some of this loop's connections. */
    void mediaReady() {
        if (!mediaPending.getAndSet(true)) {
            selector.wakeup();
        }
    }

    void shutdown() {
        running = false;
        selector.wakeup();
        try {
            join(3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void run() {
        try {
            while (running) {
                // select(Consumer) walks the ready keys without an iterator: nothing allocated per wake-up
                selector.select(handler, 250);
                Runnable t;
                while ((t = tasks.poll()) != null) {
                    t.run();
                }
                if (mediaPending.getAndSet(false)) {
                    for (int i = 0; i < connections.size(); i++) {
                        connections.get(i).flush();
                    }
                }
                long now = System.nanoTime();
                if (now - lastHousekeeping > 500_000_000L) {
                    lastHousekeeping = now;
                    for (int i = connections.size() - 1; i >= 0; i--) {
                        connections.get(i).housekeeping(now);
                    }
                }
                connections.removeIf(RtspConnection::isClosed);
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("RTSP I/O loop {} failed: {}", writer, e.toString(), e);
        } finally {
            for (RtspConnection c : connections) {
                c.close("server stopping");
            }
            connections.clear();
            try {
                selector.close();
            } catch (IOException e) {
                // nothing to do
            }
        }
    }

    private void handle(SelectionKey k) {
        Object a = k.attachment();
        if (!k.isValid()) {
            return;
        }
        if (a instanceof RtspConnection c) {
            if (k.isReadable()) {
                c.readable();
            }
            if (k.isValid() && k.isWritable()) {
                c.flush();
            }
        } else if (a instanceof RtspSession s) {
            server.readRtcp(k, s, readBuffer);
        }
    }

    static void closeQuietly(java.nio.channels.Channel c) {
        try {
            c.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
