package io.rotordream.webrtc.api;

/** A refusal the REST layer turns into its error body: HTTP status, code, field and why. */
public class WhepException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final String field;

    public WhepException(int status, String code, String field, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
