package io.rotordream.rtsp.server.internal.protocol;

import java.util.ArrayList;
import java.util.List;

/** One parsed RTSP request (RFC 2326 §6). Header names compare case-insensitively. */
public final class RtspRequest {

    public final String method;
    public final String uri;
    public final String version;
    private final List<String[]> headers = new ArrayList<>();
    private byte[] body = new byte[0];

    public RtspRequest(String method, String uri, String version) {
        this.method = method;
        this.uri = uri;
        this.version = version;
    }

    void add(String name, String value) {
        headers.add(new String[] { name, value });
    }

    void body(byte[] body) {
        this.body = body;
    }

    public byte[] body() {
        return body;
    }

    /** The first value of a header, or {@code null}. */
    public String header(String name) {
        for (String[] h : headers) {
            if (h[0].equalsIgnoreCase(name)) {
                return h[1];
            }
        }
        return null;
    }

    /** Every value of a header, in order. */
    public List<String> headers(String name) {
        List<String> out = new ArrayList<>();
        for (String[] h : headers) {
            if (h[0].equalsIgnoreCase(name)) {
                out.add(h[1]);
            }
        }
        return out;
    }

    /** CSeq as a number, or -1 when missing or not a number (RFC 2326 §12.17). */
    public long cseq() {
        String c = header("CSeq");
        if (c == null) {
            return -1;
        }
        try {
            long v = Long.parseLong(c.trim());
            return v >= 0 ? v : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The session id without parameters (RFC 2326 §12.37), or {@code null}. */
    public String session() {
        String s = header("Session");
        if (s == null) {
            return null;
        }
        int semi = s.indexOf(';');
        return (semi < 0 ? s : s.substring(0, semi)).trim();
    }

    @Override
    public String toString() {
        return method + " " + uri;
    }
}
