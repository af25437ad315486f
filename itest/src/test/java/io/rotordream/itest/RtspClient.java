package io.rotordream.itest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A raw RTSP client over loopback for the cases real players never produce: bad requests, slow reading. */
final class RtspClient implements AutoCloseable {

    record Reply(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private int cseq;

    RtspClient(int port, int receiveBuffer) throws IOException {
        socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    void raw(byte[] b) throws IOException {
        out.write(b);
        out.flush();
    }

    Reply request(String method, String url, String... headers) throws IOException {
        StringBuilder s = new StringBuilder(method + " " + url + " RTSP/1.0\r\nCSeq: " + (++cseq) + "\r\n");
        for (String h : headers) {
            s.append(h).append("\r\n");
        }
        raw(s.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        return read();
    }

    /** The next response, skipping interleaved frames; {@code null} when the server closed the connection. */
    Reply read() throws IOException {
        while (true) {
            int first = in.read();
            if (first < 0) {
                return null;
            }
            if (first == '$') {
                in.readNBytes(1);
                byte[] len = in.readNBytes(2);
                in.readNBytes(((len[0] & 0xff) << 8) | (len[1] & 0xff));
                continue;
            }
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.write(first);
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) {
                    return null;
                }
                head.write(c);
            }
            String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            Map<String, String> h = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    h.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).trim(), (a, b) -> a + "\n" + b);
                }
            }
            int length = Integer.parseInt(h.getOrDefault("content-length", "0"));
            String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            return new Reply(Integer.parseInt(lines[0].split(" ")[1]), h, body);
        }
    }

    /** Whether the server closed the connection (reads until end of stream or the timeout). */
    boolean closedByServer(int timeoutMs) throws IOException {
        socket.setSoTimeout(timeoutMs);
        try {
            while (true) {
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** SETUP over TCP interleaved and PLAY; returns the session id. */
    String playTcp(String url) throws IOException {
        Reply s = request("SETUP", url + "/trackID=0", "Transport: RTP/AVP/TCP;unicast;interleaved=0-1");
        if (s == null || s.status() != 200) {
            throw new IOException("SETUP -> " + s);
        }
        String session = s.header("Session").split(";")[0];
        Reply p = request("PLAY", url + "/", "Session: " + session);
        if (p == null || p.status() != 200) {
            throw new IOException("PLAY -> " + p);
        }
        return session;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
