package io.rotordream.rtsp.server.internal.protocol;

/** A request that cannot be answered normally: the status to answer with, after which the connection closes. */
public final class RtspParseException extends Exception {

    private static final long serialVersionUID = 1L;
    public final int status;

    public RtspParseException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }
}
