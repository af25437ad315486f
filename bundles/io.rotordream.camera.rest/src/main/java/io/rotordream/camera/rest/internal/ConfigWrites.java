package io.rotordream.camera.rest.internal;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import io.rotordream.config.api.ConfigService;
import io.rotordream.rest.api.ApiException;

/**
 * A request DTO to the keys of a PID: the fields the client sent (non-null), named as in JSON,
 * which are the configuration keys. Validation, writing and the 400 naming the field all happen
 * in the configuration service, the same path a file drop takes.
 */
final class ConfigWrites {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private ConfigWrites() {
    }

    static Map<String, Object> changes(Object dto) {
        Map<String, Object> m = MAPPER.convertValue(dto, new TypeReference<Map<String, Object>>() {
        });
        if (m.isEmpty()) {
            throw new ApiException(400, "empty_body", null, "no field to change");
        }
        return m;
    }

    static Map<String, Object> write(ConfigService config, String pid, Object dto) {
        return config.update(pid, changes(dto));
    }
}
