import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Many RTSP clients over TCP interleaved in one thread: each does DESCRIBE, SETUP, PLAY, then reads
 * its RTP packets and counts sequence gaps (a gap is a packet the server dropped for that client).
 * Prints one line: clients, clients that kept up (no gap, media time received within 0.5 s of the
 * wall time passed), gaps, the worst lag growth, received Mb/s and pictures/s per client (RTP marker
 * bits: a source that drops frames shows here even when no packet is lost).
 * Usage: java RtspLoad.java URL CLIENTS SECONDS
 */
public class RtspLoad {

    static final class Client {
        SocketChannel ch;
        final byte[] head = new byte[12];
        long firstTs = -1;
        long firstWall;
        long lastTs;
        long lastWall;
        long unwrap;
        long pictures;
        int headFill;
        int remaining;
        int lastSeq = -1;
        long gaps;
        long bytes;
        boolean rtp;
    }

    public static void main(String[] a) throws Exception {
        String url = a[0];
        int n = Integer.parseInt(a[1]);
        double seconds = Double.parseDouble(a[2]);
        String hostPort = url.substring(7, url.indexOf('/', 7));
        String host = hostPort.substring(0, hostPort.indexOf(':'));
        int port = Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1));
        Selector sel = Selector.open();
        List<Client> clients = new ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<Client> started = new java.util.concurrent.ConcurrentLinkedQueue<>();
        int[] failed = new int[1];
        // clients start one after the other while the ones already playing are read, so none of
        // them builds a backlog during the set-up of the others
        Thread setup = new Thread(() -> {
            for (int i = 0; i < n; i++) {
                try {
                    Client c = new Client();
                    c.ch = handshake(host, port, url);
                    c.ch.configureBlocking(false);
                    started.add(c);
                    sel.wakeup();
                } catch (IOException e) {
                    if (failed[0]++ == 0) {
                        System.err.println("client " + i + " failed: " + e);
                    }
                }
            }
        });
        setup.start();
        ByteBuffer buf = ByteBuffer.allocateDirect(256 * 1024);
        long warm = Long.MAX_VALUE;
        long end = Long.MAX_VALUE;
        boolean counting = false;
        while (System.nanoTime() < end) {
            sel.select(100);
            Client fresh;
            while ((fresh = started.poll()) != null) {
                fresh.ch.register(sel, SelectionKey.OP_READ, fresh);
                clients.add(fresh);
            }
            if (warm == Long.MAX_VALUE && !setup.isAlive() && started.isEmpty()) {
                warm = System.nanoTime() + 2_000_000_000L;
                end = warm + (long) ((seconds - 2) * 1e9);
            }
            if (!counting && System.nanoTime() > warm) {
                counting = true;
                for (Client c : clients) {
                    c.gaps = 0;
                    c.bytes = 0;
                    c.firstTs = -1;
                    c.pictures = 0;
                }
            }
            for (SelectionKey k : sel.selectedKeys()) {
                Client c = (Client) k.attachment();
                buf.clear();
                int r;
                try {
                    r = c.ch.read(buf);
                } catch (IOException e) {
                    r = -1;
                }
                if (r < 0) {
                    k.cancel();
                    c.gaps += 1_000_000;
                    continue;
                }
                buf.flip();
                c.bytes += r;
                parse(c, buf);
            }
            sel.selectedKeys().clear();
        }
        int failedCount = failed[0];
        double measured = Math.max(0.1, seconds - 2);
        List<Double> rates = new ArrayList<>();
        List<Double> fps = new ArrayList<>();
        long clean = 0;
        long gaps = 0;
        double worstLag = 0;
        for (Client c : clients) {
            rates.add(c.bytes * 8 / measured / 1e6);
            fps.add(c.pictures / measured);
            // how much further behind the stream the client fell over the window: wall time passed
            // less media time received; a client that keeps up stays near 0
            double lag = c.firstTs < 0 ? measured
                    : (c.lastWall - c.firstWall) / 1e9 - (c.lastTs - c.firstTs) / 90_000.0;
            worstLag = Math.max(worstLag, lag);
            if (c.gaps == 0 && lag < 0.5) {
                clean++;
            }
            gaps += c.gaps;
            c.ch.close();
        }
        rates.sort(null);
        fps.sort(null);
        System.out.printf("clients %d (failed to start %d)  kept up without a gap %d  gaps %d  worst lag growth %.2f s"
                + "  Mb/s per client min %.2f median %.2f  pictures/s min %.1f median %.1f%n", clients.size(),
                failedCount, clean, gaps, worstLag, rates.isEmpty() ? 0 : rates.get(0),
                rates.isEmpty() ? 0 : rates.get(rates.size() / 2), fps.isEmpty() ? 0 : fps.get(0),
                fps.isEmpty() ? 0 : fps.get(fps.size() / 2));
    }

    static void parse(Client c, ByteBuffer b) {
        while (b.hasRemaining()) {
            if (c.remaining > 0) {
                int take = Math.min(c.remaining, b.remaining());
                b.position(b.position() + take);
                c.remaining -= take;
                continue;
            }
            c.head[c.headFill++] = b.get();
            if (c.headFill == 1 && c.head[0] != '$') {
                c.headFill = 0; // between frames only RTSP text can come (keep-alive answers): skip it
                continue;
            }
            int len = c.headFill >= 4 ? ((c.head[2] & 0xff) << 8) | (c.head[3] & 0xff) : 0;
            if (c.headFill == 4 && c.head[1] != 0) {
                c.remaining = len;
                c.headFill = 0;
            } else if (c.headFill == 12) {
                int seq = ((c.head[6] & 0xff) << 8) | (c.head[7] & 0xff);
                if (c.lastSeq >= 0 && seq != ((c.lastSeq + 1) & 0xffff)) {
                    c.gaps++;
                }
                c.lastSeq = seq;
                if ((c.head[5] & 0x80) != 0) {
                    c.pictures++;
                }
                long ts = ((c.head[8] & 0xffL) << 24) | ((c.head[9] & 0xffL) << 16) | ((c.head[10] & 0xffL) << 8)
                        | (c.head[11] & 0xffL);
                long now = System.nanoTime();
                if (c.firstTs < 0) {
                    c.firstTs = ts;
                    c.firstWall = now;
                    c.unwrap = ts;
                } else {
                    c.unwrap += (int) (ts - (c.unwrap & 0xffffffffL));
                }
                c.lastTs = c.unwrap;
                c.lastWall = now;
                c.remaining = len - 8;
                c.headFill = 0;
            }
        }
    }

    static SocketChannel handshake(String host, int port, String url) throws IOException {
        SocketChannel ch = SocketChannel.open(new InetSocketAddress(host, port));
        Socket s = ch.socket();
        s.setSoTimeout(10_000);
        InputStream in = s.getInputStream();
        OutputStream out = s.getOutputStream();
        String describe = request(in, out, "DESCRIBE " + url + " RTSP/1.0\r\nCSeq: 1\r\nAccept: application/sdp\r\n\r\n");
        // the track's control URL from the SDP (RFC 2326 C.1.1), relative to Content-Base
        String control = describe.substring(describe.lastIndexOf("a=control:") + 10).split("\r?\n")[0].trim();
        String base = url + "/";
        for (String line : describe.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-base:")) {
                base = line.substring(13).trim();
            }
        }
        String track = control.startsWith("rtsp://") ? control : base + control;
        String setup = request(in, out, "SETUP " + track + " RTSP/1.0\r\nCSeq: 2\r\n"
                + "Transport: RTP/AVP/TCP;unicast;interleaved=0-1\r\n\r\n");
        String session = null;
        for (String line : setup.split("\r\n")) {
            if (line.toLowerCase().startsWith("session:")) {
                session = line.substring(8).trim().split(";")[0];
            }
        }
        request(in, out, "PLAY " + url + "/ RTSP/1.0\r\nCSeq: 3\r\nSession: " + session + "\r\n\r\n");
        return ch;
    }

    static String request(InputStream in, OutputStream out, String req) throws IOException {
        out.write(req.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("closed");
            }
            head.write(c);
        }
        String h = head.toString(StandardCharsets.ISO_8859_1);
        if (!h.startsWith("RTSP/1.0 200")) {
            throw new IOException(h.split("\r\n")[0]);
        }
        for (String line : h.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                return h + new String(in.readNBytes(Integer.parseInt(line.substring(15).trim())),
                        StandardCharsets.ISO_8859_1);
            }
        }
        return h;
    }
}
