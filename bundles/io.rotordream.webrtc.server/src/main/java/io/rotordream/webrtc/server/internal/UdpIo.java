package io.rotordream.webrtc.server.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.webrtc.server.internal.session.Session;

/**
 * The receive side of every session socket on one thread: a selector over the sessions'
 * non-blocking channels, one reused buffer, each datagram handed to its session. Sockets are
 * registered through a queue because only the selector's thread may register with it.
 */
final class UdpIo implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(UdpIo.class);
    private final Selector selector;
    private final ConcurrentLinkedQueue<Session> pending = new ConcurrentLinkedQueue<>();
    private final ByteBuffer buffer = ByteBuffer.allocate(2048);
    private final Thread thread;
    private volatile boolean running = true;

    UdpIo() throws IOException {
        selector = Selector.open();
        thread = new Thread(this, "rotordream-webrtc-io");
        thread.setDaemon(true);
        thread.start();
    }

    void register(Session s) {
        pending.add(s);
        selector.wakeup();
    }

    @Override
    public void run() {
        while (running) {
            try {
                selector.select(500);
                Session s;
                while ((s = pending.poll()) != null) {
                    try {
                        s.channel().register(selector, SelectionKey.OP_READ, s);
                    } catch (ClosedChannelException e) {
                        // the session ended before its socket was registered
                    }
                }
                Iterator<SelectionKey> it = selector.selectedKeys().iterator();
                while (it.hasNext()) {
                    SelectionKey key = it.next();
                    it.remove();
                    if (key.isValid() && key.isReadable()) {
                        drain((DatagramChannel) key.channel(), (Session) key.attachment());
                    }
                }
            } catch (IOException | RuntimeException e) {
                if (running) {
                    LOG.warn("WebRTC receive loop: {}", e.toString(), e);
                }
            }
        }
    }

    private void drain(DatagramChannel ch, Session s) {
        for (int i = 0; i < 64; i++) {
            buffer.clear();
            InetSocketAddress from;
            try {
                from = (InetSocketAddress) ch.receive(buffer);
            } catch (IOException e) {
                return;
            }
            if (from == null) {
                return;
            }
            try {
                s.onDatagram(buffer, buffer.position(), from);
            } catch (RuntimeException e) {
                LOG.warn("WebRTC session {}: {}", s.id, e.toString(), e);
            }
        }
    }

    void stop() {
        running = false;
        selector.wakeup();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            selector.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
