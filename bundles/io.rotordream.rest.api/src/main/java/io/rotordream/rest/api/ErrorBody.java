package io.rotordream.rest.api;

/** The one body of every 4xx/5xx answer of the API. */
public final class ErrorBody {

    public final Error error;

    public ErrorBody(int status, String code, String message, String field) {
        this.error = new Error(status, code, message, field);
    }

    public static final class Error {
        public final int status;
        public final String code;
        public final String message;
        /** Omitted when no single field is at fault. */
        public final String field;

        Error(int status, String code, String message, String field) {
            this.status = status;
            this.code = code;
            this.message = message;
            this.field = field;
        }
    }
}
