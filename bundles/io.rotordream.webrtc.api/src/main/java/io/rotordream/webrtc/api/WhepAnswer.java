package io.rotordream.webrtc.api;

/** The result of a served offer. */
public final class WhepAnswer {
    public final String sessionId;
    public final String sdp;
    /** Entity tag of the session's ICE state, for If-Match on PATCH. */
    public final String etag;

    public WhepAnswer(String sessionId, String sdp, String etag) {
        this.sessionId = sessionId;
        this.sdp = sdp;
        this.etag = etag;
    }
}
