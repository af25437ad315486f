package io.rotordream.rest.app.internal;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.rotordream.rest.api.ApiException;

/** Turns Jackson's complaints about a request body into a 400 that names the field. */
final class JsonErrors {

    private JsonErrors() {
    }

    static ApiException translate(JsonProcessingException e) {
        if (e instanceof PropertyBindingException p) {
            String known = p.getKnownPropertyIds() == null ? ""
                    : "; known fields: " + p.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", "));
            return new ApiException(400, "unknown_field", path(p),
                    "unknown field '" + p.getPropertyName() + "'" + known);
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() == null ? v : v.getCause();
            return new ApiException(400, "invalid_value", path(v), cause.getMessage());
        }
        if (e instanceof InvalidFormatException f) {
            return new ApiException(400, "invalid_type", path(f),
                    "'" + f.getValue() + "' is not a valid " + simpleType(f.getTargetType()));
        }
        if (e instanceof MismatchedInputException m) {
            String field = path(m);
            String type = simpleType(m.getTargetType());
            return new ApiException(400, "invalid_type", field,
                    field == null ? "the body must be a JSON " + type : "expected " + type);
        }
        if (e instanceof StreamConstraintsException) {
            return new ApiException(400, "invalid_json", null, e.getOriginalMessage());
        }
        if (e instanceof JsonParseException p) {
            return new ApiException(400, "invalid_json", null, "malformed JSON at line "
                    + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr() + ": "
                    + p.getOriginalMessage());
        }
        if (e instanceof JsonMappingException m) {
            return new ApiException(400, "invalid_value", path(m), m.getOriginalMessage());
        }
        return new ApiException(400, "invalid_json", null, e.getOriginalMessage());
    }

    /** JSON path of the offending value, e.g. {@code thread_affinity.capture[2]}; null at the root. */
    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "integer";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (type == String.class) {
            return "string";
        }
        if (type.isEnum()) {
            StringBuilder sb = new StringBuilder("one of");
            for (Object c : type.getEnumConstants()) {
                sb.append(' ').append(c.toString().toLowerCase(java.util.Locale.ROOT));
            }
            return sb.toString();
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        return "object";
    }
}
