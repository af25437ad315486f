package io.rotordream.rtsp.server.internal.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Incremental parser of what a client sends on the RTSP connection: requests (RFC 2326 §6) and
 * interleaved binary frames (§10.12, RTCP from TCP clients). Bounded: a request larger than the
 * limit, a body larger than its limit, or anything that is not RTSP fails with the status to send
 * before closing. Lines end with CRLF or LF (§4: recipients should accept a bare LF).
 */
public final class RtspRequestParser {

    public enum Result {
        NEED_MORE, REQUEST, INTERLEAVED
    }

    private static final int MAX_HEADERS = 64;
    private final int maxRequestBytes;
    private final int maxBodyBytes;
    private final byte[] buf;
    private int filled;
    private RtspRequest request;
    private int channel;
    private final byte[] frame = new byte[65535];
    private int frameLength;

    public RtspRequestParser(int maxRequestBytes, int maxBodyBytes) {
        this.maxRequestBytes = maxRequestBytes;
        this.maxBodyBytes = maxBodyBytes;
        this.buf = new byte[maxRequestBytes + maxBodyBytes + 4];
    }

    /** Bytes received but not yet consumed (a partial request). */
    public int pending() {
        return filled;
    }

    /** Takes as many bytes of {@code in} as fit (relative get). */
    public void feed(ByteBuffer in) {
        int n = Math.min(in.remaining(), buf.length - filled);
        in.get(buf, filled, n);
        filled += n;
    }

    /** Room for more bytes; 0 means the caller must call {@link #next()} before feeding more. */
    public int room() {
        return buf.length - filled;
    }

    /** The request after {@link Result#REQUEST}. */
    public RtspRequest request() {
        return request;
    }

    public int channel() {
        return channel;
    }

    /** The interleaved frame after {@link Result#INTERLEAVED}: valid until the next call. */
    public byte[] frame() {
        return frame;
    }

    public int frameLength() {
        return frameLength;
    }

    public Result next() throws RtspParseException {
        if (filled == 0) {
            return Result.NEED_MORE;
        }
        if (buf[0] == '$') {
            if (filled < 4) {
                return Result.NEED_MORE;
            }
            int len = ((buf[2] & 0xff) << 8) | (buf[3] & 0xff);
            if (filled < 4 + len) {
                if (4 + len > buf.length) {
                    throw new RtspParseException(400, "interleaved frame larger than the buffer");
                }
                return Result.NEED_MORE;
            }
            channel = buf[1] & 0xff;
            frameLength = len;
            System.arraycopy(buf, 4, frame, 0, len);
            consume(4 + len);
            return Result.INTERLEAVED;
        }
        int end = headerEnd();
        if (end < 0) {
            if (filled >= maxRequestBytes) {
                throw new RtspParseException(400, "request header larger than " + maxRequestBytes + " bytes");
            }
            if (!plausibleStart()) {
                throw new RtspParseException(400, "not an RTSP request");
            }
            return Result.NEED_MORE;
        }
        if (end > maxRequestBytes) {
            throw new RtspParseException(400, "request header larger than " + maxRequestBytes + " bytes");
        }
        RtspRequest r = head(new String(buf, 0, end, StandardCharsets.ISO_8859_1));
        int bodyLength = contentLength(r);
        if (bodyLength > maxBodyBytes) {
            throw new RtspParseException(413, "body of " + bodyLength + " bytes");
        }
        if (filled < end + bodyLength) {
            return Result.NEED_MORE;
        }
        byte[] body = new byte[bodyLength];
        System.arraycopy(buf, end, body, 0, bodyLength);
        r.body(body);
        consume(end + bodyLength);
        request = r;
        return Result.REQUEST;
    }

    /** Index after the blank line ending the header, or -1. */
    private int headerEnd() {
        for (int i = 0; i < filled; i++) {
            if (buf[i] == '\n') {
                if (i + 1 < filled && buf[i + 1] == '\n') {
                    return i + 2;
                }
                if (i + 2 < filled && buf[i + 1] == '\r' && buf[i + 2] == '\n') {
                    return i + 3;
                }
            }
        }
        return -1;
    }

    /** Whether the bytes so far can begin a request line: a token of letters and '_'. */
    private boolean plausibleStart() {
        for (int i = 0; i < filled; i++) {
            byte c = buf[i];
            if (c == ' ') {
                return i > 0;
            }
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static RtspRequest head(String text) throws RtspParseException {
        String[] lines = text.split("\r?\n");
        String[] parts = lines[0].split(" ");
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new RtspParseException(400, "bad request line");
        }
        for (int i = 0; i < parts[0].length(); i++) {
            char c = parts[0].charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c == '_' || c == '-')) {
                throw new RtspParseException(400, "bad method");
            }
        }
        if (!parts[2].startsWith("RTSP/")) {
            throw new RtspParseException(400, "not RTSP");
        }
        if (!parts[2].equals("RTSP/1.0")) {
            throw new RtspParseException(505, "RTSP version not supported");
        }
        RtspRequest r = new RtspRequest(parts[0], parts[1], parts[2]);
        int count = 0;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || ++count > MAX_HEADERS) {
                throw new RtspParseException(400, colon <= 0 ? "bad header line" : "too many headers");
            }
            r.add(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        return r;
    }

    private static int contentLength(RtspRequest r) throws RtspParseException {
        String v = r.header("Content-Length");
        if (v == null) {
            return 0;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n < 0) {
                throw new RtspParseException(400, "negative Content-Length");
            }
            return (int) Math.min(n, Integer.MAX_VALUE);
        } catch (NumberFormatException e) {
            throw new RtspParseException(400, "bad Content-Length");
        }
    }

    private void consume(int n) {
        System.arraycopy(buf, n, buf, 0, filled - n);
        filled -= n;
    }
}
