package io.rotordream.webrtc.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The WHEP side of the WebRTC server (draft-ietf-wish-whep, following WHIP, RFC 9725). */
@ProviderType
public interface WhepService {

    /**
     * Answers an SDP offer for one mount and opens a session that waits for ICE and DTLS.
     *
     * @param user who asked (the token's name), the session's owner
     * @throws WhepException naming why the offer cannot be served
     */
    WhepAnswer offer(String mount, String sdpOffer, String user) throws WhepException;

    /**
     * Trickled ICE (application/trickle-ice-sdpfrag, RFC 8840). The server is ICE-lite, so remote
     * candidates only confirm the session is alive; the browser's checks find the path.
     *
     * @param ifMatch the request's If-Match, or {@code null}
     * @throws WhepException 404 for an unknown session, 412 for a stale entity tag, 400 for a bad fragment
     */
    void trickle(String sessionId, String sdpFragment, String ifMatch, String user, boolean privileged)
            throws WhepException;

    /**
     * Ends a session at once.
     *
     * @param privileged whether the caller may end anyone's session (operator), else only its own
     * @throws WhepException 404 when unknown, 403 when someone else's
     */
    void delete(String sessionId, String user, boolean privileged) throws WhepException;

    /** STUN/TURN servers advertised to clients (Link headers with rel="ice-server"). */
    List<IceServer> iceServers();

    /** Sessions now, as the streaming API shows them. */
    List<WhepSessionInfo> sessions();
}
