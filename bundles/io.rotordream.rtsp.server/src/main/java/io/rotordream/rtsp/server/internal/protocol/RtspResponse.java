package io.rotordream.rtsp.server.internal.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** An RTSP response (RFC 2326 §7), turned into bytes once. */
public final class RtspResponse {

    public final int status;
    private final List<String[]> headers = new ArrayList<>();
    private byte[] body = new byte[0];
    /** Close the connection after sending. */
    public boolean close;

    public RtspResponse(int status) {
        this.status = status;
    }

    public RtspResponse header(String name, Object value) {
        headers.add(new String[] { name, String.valueOf(value) });
        return this;
    }

    public RtspResponse body(String contentType, byte[] body) {
        header("Content-Type", contentType);
        this.body = body;
        return this;
    }

    public String header(String name) {
        for (String[] h : headers) {
            if (h[0].equalsIgnoreCase(name)) {
                return h[1];
            }
        }
        return null;
    }

    public byte[] bytes() {
        StringBuilder s = new StringBuilder(256);
        s.append("RTSP/1.0 ").append(status).append(' ').append(reason(status)).append("\r\n");
        for (String[] h : headers) {
            s.append(h[0]).append(": ").append(h[1]).append("\r\n");
        }
        if (body.length > 0) {
            s.append("Content-Length: ").append(body.length).append("\r\n");
        }
        s.append("\r\n");
        byte[] head = s.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    /** Reason phrases of RFC 2326 §7.1.1. */
    public static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Request Entity Too Large";
            case 453 -> "Not Enough Bandwidth";
            case 451 -> "Parameter Not Understood";
            case 454 -> "Session Not Found";
            case 455 -> "Method Not Valid in This State";
            case 457 -> "Invalid Range";
            case 459 -> "Aggregate Operation Not Allowed";
            case 461 -> "Unsupported Transport";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            case 505 -> "RTSP Version Not Supported";
            default -> "Status " + status;
        };
    }
}
