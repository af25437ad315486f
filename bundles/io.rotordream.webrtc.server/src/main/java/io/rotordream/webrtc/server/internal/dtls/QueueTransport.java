package io.rotordream.webrtc.server.internal.dtls;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.tls.DatagramTransport;

/**
 * What BouncyCastle's DTLS reads from and writes to: datagrams the session's receive path hands
 * over (bounded: a flood is dropped, not queued), and a send function onto the session's socket.
 */
public final class QueueTransport implements DatagramTransport {

    /** Sends one datagram to the peer. */
    @FunctionalInterface
    public interface Sender {
        void send(byte[] buf, int off, int len) throws IOException;
    }

    /** DTLS records must fit the path MTU with room for UDP and IP headers. */
    static final int MTU = 1200;
    private final ArrayBlockingQueue<byte[]> inbound = new ArrayBlockingQueue<>(32);
    private final Sender sender;
    private volatile boolean closed;

    public QueueTransport(Sender sender) {
        this.sender = sender;
    }

    /** @return false when the queue is full (the datagram is dropped; DTLS retransmits) */
    public boolean offer(byte[] datagram) {
        return !closed && inbound.offer(datagram);
    }

    @Override
    public int getReceiveLimit() {
        return 1500;
    }

    @Override
    public int getSendLimit() {
        return MTU;
    }

    @Override
    public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
        if (closed) {
            throw new IOException("closed");
        }
        try {
            byte[] d = inbound.poll(waitMillis, TimeUnit.MILLISECONDS);
            if (d == null) {
                return -1;
            }
            int n = Math.min(len, d.length);
            System.arraycopy(d, 0, buf, off, n);
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        }
    }

    @Override
    public void send(byte[] buf, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("closed");
        }
        sender.send(buf, off, len);
    }

    @Override
    public void close() {
        closed = true;
        inbound.clear();
    }
}
