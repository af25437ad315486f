package io.rotordream.rest.api;

/**
 * Any refusal of a request. Mapped to the one error body
 * {@code {"error":{"status":..,"code":..,"message":..,"field":..}}}.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final String field;

    public ApiException(int status, String code, String field, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    /** 400 naming the offending field. */
    public static ApiException badRequest(String field, String message) {
        return new ApiException(400, "invalid_value", field, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", null, message);
    }

    public static ApiException conflict(String field, String message) {
        return new ApiException(409, "conflict", field, message);
    }

    /** 503: a service the request needs is not running right now. */
    public static ApiException unavailable(String message) {
        return new ApiException(503, "unavailable", null, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The offending field in the request, or {@code null}. */
    public String field() {
        return field;
    }
}
