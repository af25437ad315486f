package io.rotordream.rtsp.server.internal.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One transport specification of a Transport header (RFC 2326 §12.39): what the client asks for
 * in SETUP and what the server answers.
 */
public final class TransportSpec {

    public enum Kind {
        UDP, TCP, MULTICAST
    }

    public Kind kind;
    /** Client RTP/RTCP ports (UDP unicast), -1 when absent. */
    public int clientRtp = -1;
    public int clientRtcp = -1;
    /** Interleaved channels (TCP), -1 when absent. */
    public int channelRtp = -1;
    public int channelRtcp = -1;
    public int serverRtp = -1;
    public int serverRtcp = -1;
    public String destination;
    public int port = -1;
    public int ttl = -1;
    public String ssrc;

    /**
     * Parses the comma-separated alternatives, most preferred first, skipping those the server cannot
     * serve (other profiles, RTP/AVP/TCP without interleaving, record mode).
     *
     * @throws RtspParseException 400 when the header is missing or none of it can be read
     */
    public static List<TransportSpec> parse(String header) throws RtspParseException {
        if (header == null || header.isBlank() || header.length() > 1024) {
            throw new RtspParseException(400, "missing or oversized Transport header");
        }
        List<TransportSpec> out = new ArrayList<>();
        for (String alt : header.split(",")) {
            TransportSpec t = one(alt.trim());
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private static TransportSpec one(String spec) throws RtspParseException {
        String[] p = spec.split(";");
        String proto = p[0].trim().toUpperCase(Locale.ROOT);
        TransportSpec t = new TransportSpec();
        boolean multicast = false;
        boolean unicast = false;
        if (proto.equals("RTP/AVP") || proto.equals("RTP/AVP/UDP")) {
            t.kind = Kind.UDP;
        } else if (proto.equals("RTP/AVP/TCP")) {
            t.kind = Kind.TCP;
        } else {
            return null;
        }
        for (int i = 1; i < p.length; i++) {
            String param = p[i].trim();
            int eq = param.indexOf('=');
            String name = (eq < 0 ? param : param.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : param.substring(eq + 1).trim();
            switch (name) {
                case "multicast" -> multicast = true;
                case "unicast" -> unicast = true;
                case "client_port" -> {
                    int[] r = range(value);
                    t.clientRtp = r[0];
                    t.clientRtcp = r[1];
                }
                case "interleaved" -> {
                    int[] r = range(value);
                    if (r[0] > 255 || r[1] > 255) {
                        throw new RtspParseException(400, "interleaved channel above 255");
                    }
                    t.channelRtp = r[0];
                    t.channelRtcp = r[1];
                }
                case "mode" -> {
                    String m = value.replace("\"", "").toUpperCase(Locale.ROOT);
                    if (!m.equals("PLAY")) {
                        return null;
                    }
                }
                default -> {
                    // destination, ttl, port, ssrc from a client are not honoured: the server chooses
                }
            }
        }
        if (multicast && !unicast && t.kind == Kind.UDP) {
            t.kind = Kind.MULTICAST;
        }
        if (t.kind == Kind.TCP && t.channelRtp < 0) {
            t.channelRtp = 0;
            t.channelRtcp = 1;
        }
        if (t.kind == Kind.UDP && t.clientRtp <= 0) {
            throw new RtspParseException(400, "UDP transport without client_port");
        }
        return t;
    }

    /** "a-b" or "a" (b = a + 1). */
    static int[] range(String v) throws RtspParseException {
        try {
            int dash = v.indexOf('-');
            int a = Integer.parseInt((dash < 0 ? v : v.substring(0, dash)).trim());
            int b = dash < 0 ? a + 1 : Integer.parseInt(v.substring(dash + 1).trim());
            if (a < 0 || a > 65535 || b < 0 || b > 65535) {
                throw new RtspParseException(400, "port or channel out of range: " + v);
            }
            return new int[] { a, b };
        } catch (NumberFormatException e) {
            throw new RtspParseException(400, "bad port or channel range: " + v);
        }
    }

    /** The header value the server answers with. */
    public String format() {
        StringBuilder s = new StringBuilder();
        switch (kind) {
            case TCP -> s.append("RTP/AVP/TCP;unicast;interleaved=").append(channelRtp).append('-').append(channelRtcp);
            case UDP -> s.append("RTP/AVP;unicast;client_port=").append(clientRtp).append('-').append(clientRtcp)
                    .append(";server_port=").append(serverRtp).append('-').append(serverRtcp);
            case MULTICAST -> s.append("RTP/AVP;multicast;destination=").append(destination).append(";port=")
                    .append(port).append('-').append(port + 1).append(";ttl=").append(ttl);
        }
        if (ssrc != null) {
            s.append(";ssrc=").append(ssrc);
        }
        return s.toString();
    }
}
