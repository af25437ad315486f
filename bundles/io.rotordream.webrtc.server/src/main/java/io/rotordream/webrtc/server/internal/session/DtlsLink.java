package io.rotordream.webrtc.server.internal.session;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.bouncycastle.tls.DTLSServerProtocol;
import org.bouncycastle.tls.DTLSTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.webrtc.server.internal.dtls.DtlsSrtpServer;
import io.rotordream.webrtc.server.internal.dtls.QueueTransport;

/**
 * A session's DTLS: the first record starts the (blocking) BouncyCastle handshake on the host's
 * bounded executor; records after it are read there too, so retransmitted flights are answered and
 * a close_notify ends the session.
 */
final class DtlsLink {

    private static final Logger LOG = LoggerFactory.getLogger(DtlsLink.class);
    private final Session session;
    private final SessionHost host;
    private final QueueTransport in;
    private volatile boolean started;
    private volatile DTLSTransport transport;

    DtlsLink(Session session, SessionHost host, QueueTransport in) {
        this.session = session;
        this.host = host;
        this.in = in;
    }

    /** Receive thread: a DTLS record from the selected remote. */
    void onDatagram(ByteBuffer data, int length) {
        byte[] copy = new byte[length];
        data.get(0, copy);
        if (!in.offer(copy)) {
            return;
        }
        if (!started) {
            started = true;
            host.dtlsExecutor().execute(this::handshake);
        } else if (transport != null) {
            host.dtlsExecutor().execute(this::readPostHandshake);
        }
    }

    private void handshake() {
        DtlsSrtpServer server = new DtlsSrtpServer(host.crypto(), host.certificate(), host.srtpProfiles(),
                session.negotiation.video.fingerprintAlgorithm, session.negotiation.video.fingerprint);
        try {
            DTLSServerProtocol protocol = new DTLSServerProtocol();
            // RFC 6347 §4.2.1 lets a server skip the cookie exchange where amplification is no
            // concern: ICE has already proven the address (authenticated STUN), so the round trip
            // would only delay the first frame.
            protocol.setVerifyRequests(false);
            DTLSTransport t = protocol.accept(server, in);
            if (session.state() == Session.State.CLOSED) {
                t.close();
                return;
            }
            session.secure(server);
            transport = t;
        } catch (IOException | RuntimeException e) {
            if (session.state() != Session.State.CLOSED) {
                LOG.info("WebRTC session {}: DTLS handshake failed: {}", session.id, e.toString());
                session.close("dtls_failed: " + e.getMessage());
            }
        }
    }

    private void readPostHandshake() {
        DTLSTransport t = transport;
        if (t == null) {
            return;
        }
        try {
            byte[] buf = new byte[2048];
            t.receive(buf, 0, buf.length, 1);
        } catch (IOException e) {
            session.close("dtls_closed");
        }
    }

    /** Sends close_notify when the handshake was done, and stops the transport. */
    void close() {
        DTLSTransport t = transport;
        if (t != null) {
            try {
                t.close();
            } catch (IOException | RuntimeException ignored) {
                // best effort: the socket closes anyway
            }
        }
        in.close();
    }
}
