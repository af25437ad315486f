package io.rotordream.webrtc.server.internal.session;

import java.util.List;
import java.util.concurrent.Executor;

import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;

import io.rotordream.streaming.adaptive.api.ReceiverFeedback;
import io.rotordream.webrtc.server.internal.dtls.DtlsCertificate;
import io.rotordream.webrtc.server.internal.srtp.SrtpProfile;

/** What a session needs from the server around it. */
public interface SessionHost {

    /** Runs DTLS handshakes (blocking BouncyCastle calls) off the receive thread, bounded. */
    Executor dtlsExecutor();

    JcaTlsCrypto crypto();

    DtlsCertificate certificate();

    List<SrtpProfile> srtpProfiles();

    SessionSettings settings();

    /** DTLS is done: start sending media. */
    void secured(Session session);

    /** The session ended (its socket is closed). */
    void closed(Session session, String reason);

    /** A viewer asked for a keyframe (PLI, FIR, joining); already rate-limited per session. */
    void requestKeyframe(Session session, String reason);

    /** A channel to the bitrate controller, or {@code null} when adaptive bitrate is off or absent. */
    ReceiverFeedback feedback(Session session);
}
