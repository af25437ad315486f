package io.rotordream.rest.app.internal;

import java.util.List;
import java.util.Map;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.rotordream.config.api.ConfigRejectedException;
import io.rotordream.rest.api.ApiException;
import io.rotordream.rest.api.ErrorBody;

/** Every failure, whatever its type, becomes one status and the one error body. */
final class ErrorTranslator {

    /** Headers of a framework-made response that the client needs to act on the error. */
    private static final List<String> KEPT_HEADERS = List.of("Allow", "Retry-After", "WWW-Authenticate");

    private static final Map<Integer, String> CODES = Map.ofEntries(Map.entry(400, "bad_request"),
            Map.entry(401, "unauthorized"), Map.entry(403, "forbidden"), Map.entry(404, "not_found"),
            Map.entry(405, "method_not_allowed"), Map.entry(406, "not_acceptable"), Map.entry(409, "conflict"),
            Map.entry(411, "length_required"), Map.entry(413, "payload_too_large"),
            Map.entry(415, "unsupported_media_type"), Map.entry(429, "too_many_requests"),
            Map.entry(500, "internal_error"), Map.entry(503, "unavailable"));

    private ErrorTranslator() {
    }

    static String code(int status) {
        return CODES.getOrDefault(status, status >= 500 ? "server_error" : "client_error");
    }

    static Response response(ApiException e) {
        return response(e.status(), e.code(), e.getMessage(), e.field()).build();
    }

    static Response.ResponseBuilder response(int status, String code, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(status, code, message, field));
    }

    /** @param path the request path, for messages about it */
    static Response translate(Throwable t, String method, String path) {
        if (t instanceof ApiException a) {
            return response(a);
        }
        if (t instanceof ConfigRejectedException c) {
            return response(400, "invalid_value", c.reason(), c.key()).build();
        }
        if (t instanceof JsonProcessingException j) {
            return response(JsonErrors.translate(j));
        }
        if (t instanceof WebApplicationException w) {
            Throwable cause = w.getCause();
            if (cause instanceof ApiException || cause instanceof JsonProcessingException
                    || cause instanceof ConfigRejectedException) {
                return translate(cause, method, path);
            }
            Response original = w.getResponse();
            int status = original.getStatus();
            Response.ResponseBuilder b = response(status, code(status), message(w, status, method, path), null);
            for (String h : KEPT_HEADERS) {
                Object v = original.getHeaderString(h);
                if (v != null) {
                    b.header(h, v);
                }
            }
            return b.build();
        }
        return response(500, "internal_error", "internal error; see the appliance log", null).build();
    }

    private static String message(WebApplicationException w, int status, String method, String path) {
        switch (status) {
            case 404:
                return "no resource at " + path;
            case 405:
                String allow = w.getResponse().getHeaderString("Allow");
                return method + " is not allowed on " + path + (allow == null ? "" : "; allowed: " + allow);
            case 406:
                return "this resource answers application/json";
            case 415:
                return "the request body must be application/json";
            default:
                if (w instanceof NotAllowedException) {
                    return method + " is not allowed on " + path;
                }
                String m = w.getMessage();
                return m == null || m.isBlank() ? Response.Status.fromStatusCode(status) + "" : m;
        }
    }
}
