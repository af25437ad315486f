package io.rotordream.rest.app.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.ws.rs.core.MediaType;

import org.junit.Test;

import io.rotordream.rest.api.ApiException;
import io.rotordream.rest.api.ErrorBody;

public class JsonProviderTest {

    public static class EncodingDto {
        public Integer bitrateKbps;
        public String rateControl;
        public Boolean hardwareAcceleration;
        public List<Integer> affinity;
    }

    private final JsonProvider provider = new JsonProvider();

    @SuppressWarnings("unchecked")
    private Object read(String json) throws Exception {
        return provider.readFrom((Class<Object>) (Class<?>) EncodingDto.class, EncodingDto.class, null,
                MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private ApiException refuse(String json) throws Exception {
        try {
            read(json);
        } catch (ApiException e) {
            return e;
        }
        fail("accepted " + json);
        return null;
    }

    @Test
    public void readsSnakeCase() throws Exception {
        EncodingDto dto = (EncodingDto) read("{\"bitrate_kbps\":5000,\"rate_control\":\"cbr\",\"affinity\":[0,1]}");
        assertEquals(Integer.valueOf(5000), dto.bitrateKbps);
        assertEquals("cbr", dto.rateControl);
        assertEquals(List.of(0, 1), dto.affinity);
    }

    @Test
    public void namesTheField() throws Exception {
        ApiException unknown = refuse("{\"bitrate\":1}");
        assertEquals("unknown_field", unknown.code());
        assertEquals("bitrate", unknown.field());

        ApiException type = refuse("{\"bitrate_kbps\":\"fast\"}");
        assertEquals("invalid_type", type.code());
        assertEquals("bitrate_kbps", type.field());

        ApiException numericString = refuse("{\"bitrate_kbps\":\"5000\"}");
        assertEquals("bitrate_kbps", numericString.field());

        ApiException fraction = refuse("{\"bitrate_kbps\":1.5}");
        assertEquals("bitrate_kbps", fraction.field());

        ApiException bool = refuse("{\"hardware_acceleration\":\"yes\"}");
        assertEquals("hardware_acceleration", bool.field());

        ApiException element = refuse("{\"affinity\":[0,\"x\"]}");
        assertEquals("affinity[1]", element.field());
    }

    @Test
    public void malformedAndEmpty() throws Exception {
        ApiException malformed = refuse("{\"bitrate_kbps\":");
        assertEquals("invalid_json", malformed.code());
        assertNull(malformed.field());
        assertEquals("empty_body", refuse("  ").code());
        assertEquals("invalid_type", refuse("[1,2]").code());
        assertEquals("invalid_json", refuse("{\"rate_control\":\"a\",\"rate_control\":\"b\"}").code());
    }

    @Test
    public void writesErrorBodyWithoutNullField() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.writeTo(new ErrorBody(404, "not_found", "no resource at /api/x", null), ErrorBody.class,
                ErrorBody.class, null, MediaType.APPLICATION_JSON_TYPE, null, out);
        assertEquals("{\"error\":{\"status\":404,\"code\":\"not_found\",\"message\":\"no resource at /api/x\"}}",
                out.toString(StandardCharsets.UTF_8));
    }
}
