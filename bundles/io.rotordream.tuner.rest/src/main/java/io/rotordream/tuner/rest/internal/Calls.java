package io.rotordream.tuner.rest.internal;

import java.util.function.Supplier;

import io.rotordream.rest.api.ApiException;
import io.rotordream.tuner.api.TuningException;

/** The tuner's refusals as the API's one error body; the field names the knob, key or setting at fault. */
final class Calls {

    private Calls() {
    }

    static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (TuningException e) {
            throw translate(e);
        } catch (IllegalStateException e) {
            throw ApiException.unavailable(e.getMessage());
        }
    }

    static ApiException translate(TuningException e) {
        return switch (e.kind()) {
            case INVALID -> new ApiException(400, "invalid_value", e.field(), e.getMessage());
            case REJECTED -> new ApiException(400, "rejected", e.field(), e.getMessage());
            case CONFLICT -> new ApiException(409, "conflict", e.field(), e.getMessage());
            case FAILED -> new ApiException(409, "apply_failed", e.field(), e.getMessage());
        };
    }

    /** ?dry_run=true|false; anything else is refused rather than read as false. */
    static boolean dryRun(String value) {
        if (value == null || value.isBlank() || "false".equalsIgnoreCase(value.trim())) {
            return false;
        }
        if ("true".equalsIgnoreCase(value.trim())) {
            return true;
        }
        throw ApiException.badRequest("dry_run", "dry_run is true or false, not '" + value + "'");
    }
}
