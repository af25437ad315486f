package io.rotordream.video.api.encoder;

/** The library refused to open or to encode; the message says what it refused. */
public class EncoderException extends Exception {
    private static final long serialVersionUID = 1L;

    public EncoderException(String message) {
        super(message);
    }

    public EncoderException(String message, Throwable cause) {
        super(message, cause);
    }
}
