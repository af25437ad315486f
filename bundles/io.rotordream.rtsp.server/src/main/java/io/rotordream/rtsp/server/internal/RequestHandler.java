package io.rotordream.rtsp.server.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

import io.rotordream.rtsp.server.internal.protocol.RtspParseException;
import io.rotordream.rtsp.server.internal.protocol.RtspRequest;
import io.rotordream.rtsp.server.internal.protocol.RtspResponse;
import io.rotordream.rtsp.server.internal.protocol.SdpWriter;
import io.rotordream.rtsp.server.internal.protocol.TransportSpec;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.ParameterSets;
import io.rotordream.video.api.stream.StreamInfo;
import io.rotordream.video.api.stream.VideoStream;

/** The RTSP methods (RFC 2326 §10), on the I/O loop of the connection that sent the request. */
final class RequestHandler {

    static final String PUBLIC = "OPTIONS, DESCRIBE, SETUP, PLAY, PAUSE, TEARDOWN, GET_PARAMETER, SET_PARAMETER";
    private final RtspServer server;

    RequestHandler(RtspServer server) {
        this.server = server;
    }

    RtspResponse handle(RtspConnection c, RtspRequest r) {
        long cseq = r.cseq();
        RtspResponse resp;
        if (cseq < 0) {
            server.malformed();
            resp = new RtspResponse(400);
        } else {
            try {
                resp = dispatch(c, r);
            } catch (RtspParseException e) {
                server.malformed();
                resp = new RtspResponse(e.status);
            } catch (IOException | RuntimeException e) {
                resp = new RtspResponse(500);
            }
            resp.header("CSeq", cseq);
        }
        resp.header("Server", "RotorDream");
        return resp;
    }

    private RtspResponse dispatch(RtspConnection c, RtspRequest r) throws RtspParseException, IOException {
        switch (r.method) {
            case "OPTIONS" -> {
                touch(r);
                return new RtspResponse(200).header("Public", PUBLIC);
            }
            case "DESCRIBE", "SETUP", "PLAY", "PAUSE", "TEARDOWN", "GET_PARAMETER", "SET_PARAMETER" -> {
                // handled below, after authentication
            }
            case "ANNOUNCE", "RECORD", "REDIRECT" -> {
                // RFC 2326 §10: a server that only plays refuses recording with 405 and says what it allows
                return new RtspResponse(405).header("Allow", PUBLIC);
            }
            default -> {
                return new RtspResponse(501).header("Public", PUBLIC);
            }
        }
        ViewerGate.Result admitted = server.gate().admit(r, c.remoteHost, server.settings());
        if (admitted.refusal() != null) {
            return admitted.refusal();
        }
        String user = admitted.user();
        return switch (r.method) {
            case "DESCRIBE" -> describe(c, r);
            case "SETUP" -> setup(c, r, user);
            case "PLAY" -> play(r);
            case "PAUSE" -> pause(r);
            case "TEARDOWN" -> teardown(r);
            default -> keepAlive(r);
        };
    }

    private void touch(RtspRequest r) {
        String id = r.session();
        if (id != null) {
            RtspSession s = server.session(id);
            if (s != null) {
                s.touch();
            }
        }
    }

    /** "rtsp://host:port/main/trackID=0?x" to {"main", "trackID=0"}; the mount is the first segment. */
    static String[] path(String uri) {
        String p = uri;
        int scheme = p.indexOf("://");
        if (scheme >= 0) {
            int slash = p.indexOf('/', scheme + 3);
            p = slash < 0 ? "" : p.substring(slash);
        }
        int q = p.indexOf('?');
        if (q >= 0) {
            p = p.substring(0, q);
        }
        String[] parts = p.replaceAll("^/+|/+$", "").split("/+");
        return parts.length == 1 && parts[0].isEmpty() ? new String[0] : parts;
    }

    private Mount mount(RtspRequest r) throws RtspParseException {
        String[] p = path(r.uri);
        Mount m = p.length == 0 ? null : server.mount(p[0]);
        if (m == null || p.length > 2) {
            throw new RtspParseException(404, "no such mount");
        }
        return m;
    }

    static String base(String uri) {
        int q = uri.indexOf('?');
        String u = (q < 0 ? uri : uri.substring(0, q)).replaceAll("/+$", "");
        String[] p = path(u);
        if (p.length == 2) {
            u = u.substring(0, u.lastIndexOf('/'));
        }
        return u + "/";
    }

    private RtspResponse describe(RtspConnection c, RtspRequest r) throws RtspParseException {
        Mount m = mount(r);
        VideoStream v = m.stream();
        if (v == null) {
            // the stream went away (its encoder was removed); sessions already playing wait for it
            return new RtspResponse(404);
        }
        ParameterSets ps = v.parameterSets();
        if (ps == null) {
            return new RtspResponse(503).header("Retry-After", 1);
        }
        StreamInfo info = v.info();
        String sdp = SdpWriter.describe(m.name, c.localHost, server.sessionVersion(), ps.codec == Codec.H265, ps.vps(),
                ps.sps(), ps.pps(), nominalRate(info.fps), null);
        return new RtspResponse(200).header("Content-Base", base(r.uri))
                .body("application/sdp", sdp.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The stream reports the rate it measures; players want the nominal one (RFC 4566 §6 a=framerate). */
    static double nominalRate(double measured) {
        if (measured < 1) {
            return 30;
        }
        double best = measured;
        double bestError = 0.15;
        for (double r : new double[] { 5, 10, 12.5, 15, 20, 24, 25, 30, 50, 60, 120 }) {
            double error = Math.abs(measured - r) / r;
            if (error < bestError) {
                best = r;
                bestError = error;
            }
        }
        return best;
    }

    private RtspResponse setup(RtspConnection c, RtspRequest r, String user) throws RtspParseException, IOException {
        Mount m = mount(r);
        Settings s = server.settings();
        String existing = r.session();
        if (existing != null) {
            RtspSession had = server.session(existing);
            if (had == null) {
                return new RtspResponse(454);
            }
            return new RtspResponse(200).header("Transport", had.transport.format()).header("Session",
                    had.id + ";timeout=" + s.sessionTimeoutS);
        }
        TransportSpec t = choose(TransportSpec.parse(r.header("Transport")), s);
        if (t == null) {
            return new RtspResponse(461);
        }
        if (server.sessionCount() >= s.maxSessions) {
            return new RtspResponse(453);
        }
        UdpPair udp = null;
        switch (t.kind) {
            case UDP -> {
                InetAddress client = InetAddress.getByName(c.remoteHost);
                udp = UdpPair.open(InetAddress.getByName(c.localHost), s.rtpPortMin, s.rtpPortMax,
                        new InetSocketAddress(client, t.clientRtp), new InetSocketAddress(client, t.clientRtcp),
                        s.bufferSize, s.tos, server.random().nextInt(1 << 16));
                t.serverRtp = udp.port;
                t.serverRtcp = udp.port + 1;
            }
            case MULTICAST -> {
                MulticastSender ms = m.joinMulticast();
                t.destination = ms.group.getHostAddress();
                t.port = ms.port;
                t.ttl = ms.ttl;
            }
            case TCP -> {
                // interleaved on this connection, channels as the client asked
            }
        }
        t.ssrc = String.format("%08X", m.ssrc());
        RtspSession session = new RtspSession(server.newSessionId(), m, t, c.remote, user,
                t.kind == TransportSpec.Kind.TCP ? c : null, s.clientQueueFrames, udp);
        server.register(session);
        c.sessions.add(session);
        if (udp != null) {
            c.loop.watchRtcp(udp.rtcp, session);
        }
        return new RtspResponse(200).header("Transport", t.format()).header("Session",
                session.id + ";timeout=" + s.sessionTimeoutS);
    }

    private static TransportSpec choose(List<TransportSpec> offered, Settings s) {
        for (TransportSpec t : offered) {
            if (s.allowedTransports.contains(name(t.kind)) && name(t.kind).equals(s.transport)) {
                return t;
            }
        }
        for (TransportSpec t : offered) {
            if (s.allowedTransports.contains(name(t.kind))) {
                return t;
            }
        }
        return null;
    }

    private static String name(TransportSpec.Kind k) {
        return k.name().toLowerCase(java.util.Locale.ROOT);
    }

    private RtspSession session(RtspRequest r) throws RtspParseException {
        String id = r.session();
        RtspSession s = id == null ? null : server.session(id);
        if (s == null || s.closed()) {
            throw new RtspParseException(454, "session not found");
        }
        s.touch();
        return s;
    }

    private RtspResponse play(RtspRequest r) throws RtspParseException {
        RtspSession s = session(r);
        String[] p = path(r.uri);
        if (p.length > 0 && !p[0].equals(s.mount.name)) {
            return new RtspResponse(459);
        }
        Mount m = s.mount;
        int seq = m.nextSequence();
        long rtptime = m.rtpTime(System.nanoTime());
        if (!s.playing) {
            s.playing = true;
            m.add(s);
        }
        String url = base(r.uri) + SdpWriter.TRACK;
        return new RtspResponse(200).header("Range", "npt=0.000-").header("Session", s.id)
                .header("RTP-Info", "url=" + url + ";seq=" + seq + ";rtptime=" + rtptime);
    }

    private RtspResponse pause(RtspRequest r) throws RtspParseException {
        RtspSession s = session(r);
        s.playing = false;
        s.mount.remove(s);
        return new RtspResponse(200).header("Session", s.id);
    }

    private RtspResponse teardown(RtspRequest r) throws RtspParseException {
        RtspSession s = session(r);
        server.endSession(s, "TEARDOWN");
        return new RtspResponse(200);
    }

    private RtspResponse keepAlive(RtspRequest r) throws RtspParseException {
        if (r.session() != null) {
            session(r);
        }
        if (r.method.equals("SET_PARAMETER") && r.body().length > 0) {
            return new RtspResponse(451);
        }
        return new RtspResponse(200);
    }
}
