package io.rotordream.webrtc.server.internal.session;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.rtp.RtcpParser;
import io.rotordream.streaming.adaptive.api.ReceiverFeedback;
import io.rotordream.video.api.encoder.Codec;
import io.rotordream.webrtc.server.internal.dtls.DtlsSrtpServer;
import io.rotordream.webrtc.server.internal.dtls.QueueTransport;
import io.rotordream.webrtc.server.internal.media.MediaSink;
import io.rotordream.webrtc.server.internal.media.RtpOut;
import io.rotordream.webrtc.server.internal.sdp.Negotiation;
import io.rotordream.webrtc.server.internal.srtp.SrtpContext;
import io.rotordream.webrtc.server.internal.srtp.SrtpProfile;
import io.rotordream.webrtc.server.internal.stun.Stun;
import io.rotordream.webrtc.api.WhepSessionInfo;

/**
 * One WHEP viewer: its UDP socket, ICE-lite (answers checks, takes the nominated pair, tracks
 * consent, RFC 7675), DTLS-SRTP (handshake on the host's executor), and its RTP sender. Datagrams
 * are demultiplexed by their first byte (RFC 7983 §7): STUN, DTLS, or SRTP/SRTCP.
 */
public final class Session implements MediaSink {

    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    public enum State { OFFERED, CONNECTED, SECURED, CLOSED }

    public final String id;
    public final String mount;
    public final String user;
    public final Instant created = Instant.now();
    public final long createdNanos = System.nanoTime();
    public final Negotiation negotiation;
    public final Codec codec;
    public final String localUfrag;
    public final String localPwd;
    final RtpOut.Params params;
    private final SessionHost host;
    private final DatagramChannel channel;
    private final DtlsLink dtls;
    private final RtcpIn rtcpIn = new RtcpIn(this);
    private final byte[] rx = new byte[2048];
    private final ByteBuffer rxView = ByteBuffer.wrap(rx);
    private final RtcpParser rtcpParser = new RtcpParser();
    private volatile State state = State.OFFERED;
    private volatile InetSocketAddress remote;
    private volatile long lastConsentNanos;
    private volatile long securedNanos;
    private volatile long connectedNanos;
    private volatile long firstFrameNanos;
    private volatile boolean awaitingKeyframe = true;
    private volatile RtpOut out;
    private volatile SrtpProfile profile;
    private volatile ReceiverFeedback feedback;
    private SrtpContext srtcpIn;
    private long lastKeyframeRequest;
    private volatile long keyframeRequests;
    private volatile String closeReason;

    public Session(String id, String mount, String user, Negotiation negotiation, Codec codec, String localUfrag,
            String localPwd, RtpOut.Params params, DatagramChannel channel, SessionHost host) {
        this.id = id;
        this.mount = mount;
        this.user = user;
        this.negotiation = negotiation;
        this.codec = codec;
        this.localUfrag = localUfrag;
        this.localPwd = localPwd;
        this.params = params;
        this.channel = channel;
        this.host = host;
        this.dtls = new DtlsLink(this, host, new QueueTransport(this::sendRaw));
    }

    /** Receive thread: one datagram from {@code source}, in {@code data[0..length)}. */
    public void onDatagram(ByteBuffer data, int length, InetSocketAddress source) {
        if (state == State.CLOSED || length <= 0) {
            return;
        }
        int first = data.get(0) & 0xff;
        if (first < 4) {
            stun(data, length, source);
        } else if (first >= 20 && first < 64) {
            dtls(data, length, source);
        } else if (first >= 128 && first < 192 && source.equals(remote)) {
            rtcp(data, length);
        }
    }

    private void stun(ByteBuffer data, int length, InetSocketAddress source) {
        Stun.Request r = Stun.parseRequest(data, 0, length);
        if (r == null || !localUfrag.equals(r.localUfrag()) || !Stun.integrityValid(r, localPwd)) {
            return; // RFC 8445 §7.3: a check that fails authentication gets no success response
        }
        String remoteUfrag = negotiation.video.iceUfrag;
        if (!remoteUfrag.equals(r.remoteUfrag())) {
            return;
        }
        lastConsentNanos = System.nanoTime();
        // RFC 8445 §7.3.1.5: a lite agent takes the pair the controlling agent nominates.
        if (r.useCandidate || remote == null) {
            if (!source.equals(remote)) {
                remote = source;
                LOG.debug("WebRTC session {}: ICE pair selected, remote {}", id, source);
            }
            if (state == State.OFFERED) {
                state = State.CONNECTED;
                connectedNanos = lastConsentNanos;
            }
        }
        sendTo(ByteBuffer.wrap(Stun.successResponse(r, source, localPwd)), source);
    }

    private void dtls(ByteBuffer data, int length, InetSocketAddress source) {
        if (remote != null && source.equals(remote)) {
            dtls.onDatagram(data, length);
        }
    }

    // RFC 5764 §4.2: client write key, server write key, client salt, server salt.
    void secure(DtlsSrtpServer server) {
        SrtpProfile p = server.selectedProfile();
        byte[] m = server.keyingMaterial();
        int k = p.keyLength;
        int s = p.saltLength;
        byte[] clientKey = java.util.Arrays.copyOfRange(m, 0, k);
        byte[] serverKey = java.util.Arrays.copyOfRange(m, k, 2 * k);
        byte[] clientSalt = java.util.Arrays.copyOfRange(m, 2 * k, 2 * k + s);
        byte[] serverSalt = java.util.Arrays.copyOfRange(m, 2 * k + s, 2 * k + 2 * s);
        synchronized (rx) {
            srtcpIn = new SrtpContext(p, clientKey, clientSalt);
        }
        profile = p;
        out = new RtpOut(params, new SrtpContext(p, serverKey, serverSalt), this::sendMedia);
        feedback = host.feedback(this);
        securedNanos = System.nanoTime();
        state = State.SECURED;
        host.secured(this);
    }

    private void rtcp(ByteBuffer data, int length) {
        if ((data.get(1) & 0xff) < 192 || (data.get(1) & 0xff) > 223) {
            return; // RFC 5761 §4: RTP from a viewer is not expected; only RTCP is read
        }
        synchronized (rx) {
            if (srtcpIn == null || length > rx.length) {
                return;
            }
            data.get(0, rx, 0, length);
            int n = srtcpIn.unprotectRtcp(rx, 0, length);
            if (n > 0) {
                rtcpParser.parse(rxView, 0, n, rtcpIn);
            }
        }
    }

    /** A PLI or FIR: at most one keyframe request per interval (the pipeline coalesces further). */
    void keyframeWanted(String why) {
        long now = System.nanoTime();
        if (now - lastKeyframeRequest < host.settings().keyframeMinIntervalNanos()) {
            return;
        }
        lastKeyframeRequest = now;
        keyframeRequests++;
        host.requestKeyframe(this, why);
    }

    /** Housekeeping: timeouts and sender reports. @return false once closed */
    public boolean tick(long nowNanos, long epochMicros, boolean report) {
        SessionSettings s = host.settings();
        switch (state) {
            case OFFERED -> {
                if (nowNanos - createdNanos > s.connectTimeoutNanos()) {
                    close("ice_timeout");
                }
            }
            case CONNECTED -> {
                if (nowNanos - lastConsentNanos > s.consentTimeoutNanos()) {
                    close("consent_expired");
                } else if (nowNanos - createdNanos > s.connectTimeoutNanos() + s.dtlsTimeoutNanos()) {
                    close("dtls_timeout");
                }
            }
            case SECURED -> {
                if (nowNanos - lastConsentNanos > s.consentTimeoutNanos()) {
                    close("consent_expired"); // RFC 7675 §5.1: stop sending when consent expires
                } else if (report) {
                    out.senderReport(epochMicros, nowNanos);
                }
            }
            default -> {
            }
        }
        return state != State.CLOSED;
    }

    /** Ends the session: RTCP BYE and DTLS close_notify when secured, then the socket. Idempotent. */
    public void close(String reason) {
        synchronized (this) {
            if (state == State.CLOSED) {
                return;
            }
            state = State.CLOSED;
            closeReason = reason;
        }
        RtpOut o = out;
        if (o != null && remote != null) {
            o.bye();
        }
        dtls.close();
        ReceiverFeedback f = feedback;
        if (f != null) {
            f.close();
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // already closed
        }
        host.closed(this, reason);
    }

    private boolean sendMedia(ByteBuffer datagram) {
        InetSocketAddress to = remote;
        return to != null && sendTo(datagram, to);
    }

    private void sendRaw(byte[] buf, int off, int len) throws IOException {
        InetSocketAddress to = remote;
        if (to == null) {
            throw new IOException("no ICE pair selected");
        }
        channel.send(ByteBuffer.wrap(buf, off, len), to);
    }

    private boolean sendTo(ByteBuffer datagram, InetSocketAddress to) {
        try {
            return channel.send(datagram, to) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Codec codec() {
        return codec;
    }

    @Override
    public boolean awaitingKeyframe() {
        return awaitingKeyframe;
    }

    @Override
    public RtpOut out() {
        return out;
    }

    @Override
    public void incompatible(String reason) {
        if (state != State.CLOSED) {
            host.dtlsExecutor().execute(() -> close(reason)); // not on the sender thread: closing may stop it
        }
    }

    @Override
    public void started(long monotonicNanos) {
        awaitingKeyframe = false;
        firstFrameNanos = monotonicNanos;
        LOG.info("WebRTC session {}: first keyframe sent {} ms after the offer (ICE {} ms, DTLS done {} ms)", id,
                (monotonicNanos - createdNanos) / 1_000_000, (connectedNanos - createdNanos) / 1_000_000,
                (securedNanos - createdNanos) / 1_000_000);
    }

    public State state() {
        return state;
    }

    public InetSocketAddress remote() {
        return remote;
    }

    public DatagramChannel channel() {
        return channel;
    }

    ReceiverFeedback feedback() {
        return feedback;
    }

    public SrtpProfile profile() {
        return profile;
    }

    RtcpIn rtcpIn() {
        return rtcpIn;
    }

    public String closeReason() {
        return closeReason;
    }

    /** Nanoseconds from the offer to the first keyframe sent, or -1. */
    public long firstFrameDelayNanos() {
        return firstFrameNanos == 0 ? -1 : firstFrameNanos - createdNanos;
    }

    /** A snapshot for the API. */
    public WhepSessionInfo info() {
        return SessionInfo.of(this, rtcpIn, keyframeRequests);
    }

    /** Packets lost as the viewer reported them (cumulative, RTCP RR). */
    public long packetsLost() {
        return rtcpIn.cumulativeLost;
    }

    public String etag() {
        return "\"" + localUfrag + "\"";
    }
}
