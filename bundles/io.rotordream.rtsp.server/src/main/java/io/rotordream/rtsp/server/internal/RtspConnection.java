package io.rotordream.rtsp.server.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import io.rotordream.rtsp.server.internal.protocol.RtspParseException;
import io.rotordream.rtsp.server.internal.protocol.RtspRequestParser;
import io.rotordream.rtsp.server.internal.protocol.RtspResponse;

/**
 * One RTSP control connection, driven by its I/O loop only: requests in, responses out, and for
 * TCP sessions the interleaved media. A frame once started is written to its end before anything
 * else (a response, another session's frame), so the interleaved framing never breaks.
 */
final class RtspConnection {

    final SocketChannel ch;
    final IoLoop loop;
    final String remote;
    final String remoteHost;
    final String localHost;
    final int localPort;
    private final RtspServer server;
    private final RtspRequestParser parser;
    private final ArrayDeque<ByteBuffer> control = new ArrayDeque<>();
    final List<RtspSession> sessions = new ArrayList<>();
    SelectionKey key;
    private MediaFrame writing;
    private RtspSession writingFor;
    private int segment;
    private int position;
    private ByteBuffer staging;
    private int nextSession;
    private long partialSince = -1;
    private long lastActivity = System.nanoTime();
    private boolean closeWhenFlushed;
    private boolean closed;

    RtspConnection(SocketChannel ch, IoLoop loop, RtspServer server) throws IOException {
        this.ch = ch;
        this.loop = loop;
        this.server = server;
        InetSocketAddress r = (InetSocketAddress) ch.getRemoteAddress();
        InetSocketAddress l = (InetSocketAddress) ch.getLocalAddress();
        this.remoteHost = r.getAddress().getHostAddress();
        this.remote = remoteHost + ":" + r.getPort();
        this.localHost = l.getAddress().getHostAddress();
        this.localPort = l.getPort();
        this.parser = new RtspRequestParser(server.settings().maxRequestBytes, 4096);
    }

    boolean isClosed() {
        return closed;
    }

    /** Mount thread: media queued for one of this connection's sessions. */
    void mediaReady() {
        loop.mediaReady();
    }

    void readable() {
        ByteBuffer in = loop.readBuffer;
        in.clear();
        int n;
        try {
            n = ch.read(in);
        } catch (IOException e) {
            close("read failed: " + e.getMessage());
            return;
        }
        if (n < 0) {
            close("closed by the client");
            return;
        }
        lastActivity = System.nanoTime();
        in.flip();
        while (in.hasRemaining() && !closed && !closeWhenFlushed) {
            parser.feed(in);
            drain();
        }
        partialSince = parser.pending() > 0 ? (partialSince < 0 ? System.nanoTime() : partialSince) : -1;
        flush();
    }

    private void drain() {
        try {
            while (!closeWhenFlushed) {
                RtspRequestParser.Result r = parser.next();
                if (r == RtspRequestParser.Result.NEED_MORE) {
                    return;
                }
                if (r == RtspRequestParser.Result.INTERLEAVED) {
                    interleaved(parser.channel(), parser.frame(), parser.frameLength());
                } else {
                    RtspResponse resp = server.handler().handle(this, parser.request());
                    send(resp);
                }
            }
        } catch (RtspParseException e) {
            server.malformed();
            RtspResponse resp = new RtspResponse(e.status);
            resp.close = true;
            send(resp);
        }
    }

    private void interleaved(int channel, byte[] frame, int length) {
        for (RtspSession s : sessions) {
            if (s.connection == this && s.transport.channelRtcp == channel) {
                s.touch();
                server.rtcp(ByteBuffer.wrap(frame, 0, length), s);
            }
        }
    }

    void send(RtspResponse r) {
        control.add(ByteBuffer.wrap(r.bytes()));
        if (r.close) {
            closeWhenFlushed = true;
        }
    }

    /** Writes what it can without blocking; asks for OP_WRITE when the socket is full. */
    void flush() {
        if (closed) {
            return;
        }
        try {
            boolean blocked = false;
            while (!blocked) {
                if (writing == null) {
                    if (!control.isEmpty()) {
                        ByteBuffer c = control.peek();
                        ch.write(c);
                        if (c.hasRemaining()) {
                            blocked = true;
                        } else {
                            control.poll();
                        }
                        continue;
                    }
                    if (closeWhenFlushed) {
                        close("request refused");
                        return;
                    }
                    if (!nextFrame()) {
                        break;
                    }
                }
                blocked = !writeFrame();
            }
            int ops = SelectionKey.OP_READ | (blocked ? SelectionKey.OP_WRITE : 0);
            if (key.isValid() && key.interestOps() != ops) {
                key.interestOps(ops);
            }
        } catch (IOException e) {
            close("write failed: " + e.getMessage());
        }
    }

    private boolean nextFrame() {
        int n = sessions.size();
        for (int k = 0; k < n; k++) {
            RtspSession s = sessions.get((nextSession + k) % n);
            if (s.queue != null && s.connection == this) {
                MediaFrame f = s.queue.poll();
                if (f != null) {
                    nextSession = (nextSession + k + 1) % n;
                    writing = f;
                    writingFor = s;
                    segment = 0;
                    position = f.segmentStart[0];
                    if (remapped(s)) {
                        stage();
                    }
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean remapped(RtspSession s) {
        return s.transport.channelRtp != 0 || s.transport.channelRtcp != 1;
    }

    // Frames are framed for channels 0/1; a client that chose others gets a copy with its channels.
    private void stage() {
        Block b = writing.segmentBlock[segment];
        int start = writing.segmentStart[segment];
        int end = writing.segmentEnd[segment];
        if (staging == null || staging.capacity() < end - start) {
            staging = ByteBuffer.allocateDirect(Math.max(65536, end - start));
        }
        ByteBuffer src = b.view(loop.writer);
        staging.clear();
        staging.put(0, src, start, end - start);
        for (int p = 0; p < end - start; p += 4 + (staging.getShort(p + 2) & 0xffff)) {
            staging.put(p + 1, (byte) (staging.get(p + 1) == 0 ? writingFor.transport.channelRtp
                    : writingFor.transport.channelRtcp));
        }
        staging.limit(end - start);
        position = 0;
    }

    /** @return false when the socket would block */
    private boolean writeFrame() throws IOException {
        while (segment < writing.segments) {
            ByteBuffer v;
            int end;
            if (remapped(writingFor)) {
                v = staging;
                end = staging.limit();
                v.position(position);
            } else {
                v = writing.segmentBlock[segment].view(loop.writer);
                end = writing.segmentEnd[segment];
                v.clear();
                v.position(position);
                v.limit(end);
            }
            ch.write(v);
            position = v.position();
            if (position < end) {
                return false;
            }
            segment++;
            if (segment < writing.segments) {
                position = writing.segmentStart[segment];
                if (remapped(writingFor)) {
                    stage();
                }
            }
        }
        writingFor.written(writing);
        writing.release();
        writing = null;
        writingFor = null;
        return true;
    }

    void housekeeping(long now) {
        sessions.removeIf(RtspSession::closed);
        Settings s = server.settings();
        if (partialSince >= 0 && now - partialSince > s.requestTimeoutMs * 1_000_000L) {
            server.malformed();
            close("request not completed within " + s.requestTimeoutMs + " ms");
        } else if (sessions.isEmpty() && now - lastActivity > s.sessionTimeoutS * 1_000_000_000L) {
            close("idle");
        }
    }

    void close(String reason) {
        if (closed) {
            return;
        }
        closed = true;
        if (writing != null) {
            writing.release();
            writing = null;
        }
        for (RtspSession s : new ArrayList<>(sessions)) {
            if (s.connection == this) {
                server.endSession(s, reason);
            }
        }
        sessions.clear();
        if (key != null) {
            key.cancel();
        }
        IoLoop.closeQuietly(ch);
        server.closed(remoteHost);
    }
}
