package io.rotordream.webrtc.server.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCryptoProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.streaming.adaptive.api.BitrateController;
import io.rotordream.streaming.adaptive.api.ReceiverFeedback;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.video.api.encoder.ParameterSets;
import io.rotordream.video.api.stream.StreamInfo;
import io.rotordream.video.api.stream.VideoStream;
import io.rotordream.webrtc.api.WhepAnswer;
import io.rotordream.webrtc.api.WhepException;
import io.rotordream.webrtc.server.internal.dtls.DtlsCertificate;
import io.rotordream.webrtc.server.internal.dtls.DtlsIdentity;
import io.rotordream.webrtc.server.internal.media.MountSender;
import io.rotordream.webrtc.server.internal.media.RtpOut;
import io.rotordream.webrtc.server.internal.sdp.AnswerWriter;
import io.rotordream.webrtc.server.internal.sdp.Negotiation;
import io.rotordream.webrtc.server.internal.sdp.SdpException;
import io.rotordream.webrtc.server.internal.sdp.SdpParser;
import io.rotordream.webrtc.server.internal.session.Session;
import io.rotordream.webrtc.server.internal.session.SessionHost;
import io.rotordream.webrtc.server.internal.session.SessionSettings;
import io.rotordream.webrtc.server.internal.srtp.SrtpProfile;

/**
 * The WebRTC server without OSGi: sessions by id, the receive thread, a timer for timeouts and
 * sender reports, a bounded pool for DTLS handshakes, and one sender per mount with viewers.
 * Threads are fixed in number whatever the session count.
 */
public final class WebRtcServer implements SessionHost {

    private static final Logger LOG = LoggerFactory.getLogger(WebRtcServer.class);
    private static final String ICE_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/";
    private static final long TICK_MS = 250;

    private final DtlsIdentity identity;
    private final Function<String, VideoStream> streams;
    private final JcaTlsCrypto crypto;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, MountSender> senders = new ConcurrentHashMap<>();
    private final UdpIo io;
    private final ThreadPoolExecutor dtls;
    private final ScheduledExecutorService timer;
    private volatile Settings settings;
    private volatile BitrateController controller;
    private long ticks;

    WebRtcServer(DtlsIdentity identity, Function<String, VideoStream> streams, Settings settings)
            throws IOException {
        this.identity = identity;
        this.streams = streams;
        this.settings = settings;
        this.crypto = (JcaTlsCrypto) new JcaTlsCryptoProvider().create(random);
        this.io = new UdpIo();
        this.dtls = new ThreadPoolExecutor(4, 4, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(256),
                r -> daemon(r, "rotordream-webrtc-dtls"));
        this.dtls.allowCoreThreadTimeOut(true);
        this.timer = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "rotordream-webrtc-timer"));
        timer.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    void update(Settings s) {
        settings = s;
    }

    void controller(BitrateController c) {
        controller = c;
    }

    /** Answers an offer for a mount: checks, socket, session, answer. */
    WhepAnswer offer(String mount, String sdp, String user) {
        Settings s = settings;
        VideoStream stream = streams.apply(mount);
        if (stream == null) {
            throw new WhepException(404, "no_such_mount", "mount", "no stream is mounted at '" + mount + "'");
        }
        if (sessions.size() >= s.maxSessions()) {
            throw new WhepException(503, "too_many_sessions", null,
                    "the server holds its maximum of " + s.maxSessions() + " WebRTC sessions (max_sessions)");
        }
        DtlsCertificate certificate = certificate(); // before any socket or session: this one may refuse
        StreamInfo info = stream.info();
        Codec codec = info.codec == null ? Codec.H264 : info.codec;
        if (!s.videoCodec().equals("auto") && !s.videoCodec().equalsIgnoreCase(codec.name())) {
            throw new WhepException(409, "codec_mismatch", "video_codec", "WebRTC serves " + s.videoCodec()
                    + " (video_codec) but mount '" + mount + "' is encoded as " + codec.rtpName());
        }
        ParameterSets ps = stream.parameterSets();
        int profileIdc = ps != null && codec == Codec.H264 && ps.sps().length > 1 ? ps.sps()[1] & 0xff : -1;
        Negotiation n;
        try {
            n = Negotiation.of(SdpParser.parse(sdp), codec.rtpName(), profileIdc);
        } catch (SdpException e) {
            int status = e.code().equals("no_video") || e.code().equals("no_common_codec") ? 406 : 400;
            throw new WhepException(status, e.code(), "sdp", e.getMessage());
        }
        DatagramChannel channel;
        try {
            channel = Sockets.bind(s.portMin(), s.portMax());
        } catch (IOException e) {
            throw new WhepException(503, "no_socket", null, "cannot open a UDP socket: " + e.getMessage());
        }
        if (channel == null) {
            throw new WhepException(503, "no_port", "udp_port_min",
                    "every UDP port from " + s.portMin() + " to " + s.portMax() + " is in use");
        }
        RtpOut.Params params = new RtpOut.Params();
        params.payloadType = n.codec.payloadType;
        params.rtxPayloadType = n.rtxPayloadType;
        params.transportCcId = n.transportCcId;
        params.ssrc = random.nextInt();
        params.rtxSsrc = random.nextInt();
        params.historyPackets = s.session().historyPackets();
        params.dropFraction = s.session().dropFraction();
        Session session = new Session(token(16), mount, user, n, codec, iceString(8), iceString(24), params, channel,
                this);
        sessions.put(session.id, session);
        io.register(session);
        AnswerWriter.Local local = new AnswerWriter.Local();
        local.sessionId = random.nextLong() & Long.MAX_VALUE;
        local.iceUfrag = session.localUfrag;
        local.icePwd = session.localPwd;
        local.fingerprint = certificate.fingerprint;
        local.ssrc = params.ssrc;
        local.rtxSsrc = params.rtxSsrc;
        local.cname = "rotordream-" + mount;
        local.bandwidthKbps = s.bandwidthKbps();
        int port = channel.socket().getLocalPort();
        List<InetSocketAddress> candidates = new ArrayList<>();
        for (InetAddress a : s.addresses()) {
            candidates.add(new InetSocketAddress(a, port));
        }
        local.candidates = candidates;
        String answer = AnswerWriter.write(n, local);
        LOG.info("WebRTC session {} for {} on mount {}: {} pt {}, UDP port {}", session.id, user, mount,
                n.codec.name, n.codec.payloadType, port);
        return new WhepAnswer(session.id, answer, session.etag());
    }

    /** RFC 8840 fragment: candidates are noted, never used (lite); new credentials mean an ICE restart. */
    void trickle(String id, String fragment, String ifMatch, String user, boolean privileged) {
        Session s = owned(id, user, privileged);
        if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.equals(s.etag())) {
            throw new WhepException(412, "precondition_failed", "If-Match",
                    "If-Match " + ifMatch + " does not match the session's entity tag " + s.etag());
        }
        if (fragment == null || fragment.length() > 16 * 1024) {
            throw new WhepException(400, "bad_fragment", "sdpfrag", "the ICE fragment is missing or over 16 KiB");
        }
        String ufrag = null;
        for (String line : fragment.split("\r?\n")) {
            if (line.startsWith("a=ice-ufrag:")) {
                ufrag = line.substring(12).trim();
            } else if (line.startsWith("a=candidate:") && line.split("\\s+").length < 8) {
                throw new WhepException(400, "bad_candidate", "sdpfrag", "malformed candidate line: "
                        + (line.length() > 80 ? line.substring(0, 80) : line));
            }
        }
        if (ufrag != null && !ufrag.equals(s.negotiation.video.iceUfrag)) {
            throw new WhepException(501, "ice_restart_unsupported", "sdpfrag",
                    "ICE restarts are not supported: DELETE this session and POST a new offer");
        }
    }

    void delete(String id, String user, boolean privileged) {
        owned(id, user, privileged).close("deleted");
    }

    private Session owned(String id, String user, boolean privileged) {
        Session s = session(id);
        if (s == null) {
            throw new WhepException(404, "not_found", null, "no WebRTC session " + id);
        }
        if (!privileged && !s.user.equals(user)) {
            throw new WhepException(403, "forbidden", null, "session " + id + " belongs to another token");
        }
        return s;
    }

    Session session(String id) {
        return id == null ? null : sessions.get(id);
    }

    List<Session> all() {
        return List.copyOf(sessions.values());
    }

    Settings settings0() {
        return settings;
    }

    /** A new or returning stream: viewers of its mount get media again. */
    void streamChanged(String mount) {
        MountSender old = senders.remove(mount);
        if (old != null) {
            old.stop();
        }
        for (Session s : sessions.values()) {
            if (s.mount.equals(mount) && s.state() == Session.State.SECURED) {
                secured(s);
            }
        }
    }

    void close() {
        timer.shutdownNow();
        for (Session s : sessions.values()) {
            s.close("server_stopping");
        }
        senders.values().forEach(MountSender::stop);
        senders.clear();
        io.stop();
        dtls.shutdownNow();
        try {
            dtls.awaitTermination(2, TimeUnit.SECONDS);
            timer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tick() {
        long now = System.nanoTime();
        long epoch = System.currentTimeMillis() * 1000L;
        boolean report = ticks++ % 4 == 0;
        for (Session s : sessions.values()) {
            try {
                s.tick(now, epoch, report);
            } catch (RuntimeException e) {
                LOG.warn("WebRTC session {}: {}", s.id, e.toString(), e);
            }
        }
    }

    private String token(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    // RFC 8839 §5.4: ice-char is ALPHA / DIGIT / "+" / "/"; ufrag 4+ chars, pwd 22+ chars (128 bits+)
    private String iceString(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(ICE_CHARS.charAt(random.nextInt(ICE_CHARS.length())));
        }
        return s.toString();
    }

    @Override
    public Executor dtlsExecutor() {
        return dtls;
    }

    @Override
    public JcaTlsCrypto crypto() {
        return crypto;
    }

    @Override
    public DtlsCertificate certificate() {
        try {
            return identity.get();
        } catch (IllegalStateException e) {
            throw new WhepException(503, "no_dtls_identity", null, e.getMessage());
        }
    }

    @Override
    public List<SrtpProfile> srtpProfiles() {
        return settings.srtpProfiles();
    }

    @Override
    public SessionSettings settings() {
        return settings.session();
    }

    @Override
    public synchronized void secured(Session session) {
        VideoStream stream = streams.apply(session.mount);
        if (stream == null || session.state() != Session.State.SECURED) {
            return;
        }
        MountSender sender = senders.computeIfAbsent(session.mount, m -> {
            MountSender x = new MountSender(m, stream, settings.maxPayload());
            x.start();
            return x;
        });
        sender.add(session);
    }

    @Override
    public void closed(Session session, String reason) {
        sessions.remove(session.id);
        MountSender sender = senders.get(session.mount);
        if (sender != null) {
            sender.remove(session);
            synchronized (this) {
                if (sender.viewers() == 0 && senders.remove(session.mount, sender)) {
                    sender.stop();
                }
            }
        }
        LOG.info("WebRTC session {} closed: {}", session.id, reason);
    }

    @Override
    public void requestKeyframe(Session session, String reason) {
        MountSender sender = senders.get(session.mount);
        if (sender != null) {
            sender.requestKeyframe("webrtc " + session.id + " " + reason);
        }
    }

    @Override
    public ReceiverFeedback feedback(Session session) {
        BitrateController c = controller;
        return c != null && settings.adaptive() ? c.register(session.mount, session.id, "webrtc") : null;
    }
}
