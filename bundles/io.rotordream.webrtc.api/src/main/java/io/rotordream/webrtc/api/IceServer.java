package io.rotordream.webrtc.api;

/** One STUN or TURN server for clients, as RFC 9725 §4.6 advertises it in a Link header. */
public final class IceServer {
    /** e.g. {@code stun:stun.example.net:3478} or {@code turn:turn.example.net:3478?transport=udp}. */
    public final String url;
    /** TURN only, else {@code null}. */
    public final String username;
    public final String credential;

    public IceServer(String url, String username, String credential) {
        this.url = url;
        this.username = username;
        this.credential = credential;
    }
}
