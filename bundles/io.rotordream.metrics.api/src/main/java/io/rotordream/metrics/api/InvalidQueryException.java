package io.rotordream.metrics.api;

/** A query these services cannot answer as asked, naming the offending parameter. */
public class InvalidQueryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidQueryException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The query parameter at fault (period, step, metrics, ...). */
    public String field() {
        return field;
    }
}
