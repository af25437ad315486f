package io.rotordream.webrtc.server.internal.sdp;

/** An offer that cannot be served, with a code for the error body. */
public final class SdpException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String code;

    public SdpException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
