package io.rotordream.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/** Every kind of bad request gets the one error body, naming the field where there is one. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ErrorBodyIT extends RotorDreamTestSupport {

    private static JsonNode error(Http.Reply r, int status, String code) {
        assertEquals(r.toString(), status, r.status);
        assertTrue(r.header("Content-Type"), r.header("Content-Type").startsWith("application/json"));
        JsonNode e = r.json().get("error");
        assertEquals(r.body, status, e.get("status").asInt());
        assertEquals(r.body, code, e.get("code").asText());
        assertTrue(r.body, e.get("message").asText().length() > 3);
        return e;
    }

    private Http.Reply postToken(String json) throws Exception {
        return http.json("POST", "/api/system/tokens", adminToken(), json);
    }

    @Test
    public void unknownPath() throws Exception {
        error(http.get("/api/no/such/thing", adminToken()), 404, "not_found");
        error(http.get("/api/no/such/thing", null), 404, "not_found");
    }

    @Test
    public void wrongMethod() throws Exception {
        Http.Reply r = http.send("DELETE", "/api/system/status", adminToken(), null, null);
        error(r, 405, "method_not_allowed");
        assertTrue(r.header("Allow"), r.header("Allow").contains("GET"));
        error(http.send("PUT", "/api/health", null, "application/json", "{}"), 405, "method_not_allowed");
    }

    @Test
    public void malformedJson() throws Exception {
        JsonNode e = error(postToken("{\"name\":"), 400, "invalid_json");
        assertNull(e.get("field"));
    }

    @Test
    public void unknownField() throws Exception {
        assertEquals("colour", error(postToken("{\"name\":\"e1\",\"role\":\"viewer\",\"colour\":\"red\"}"), 400,
                "unknown_field").get("field").asText());
    }

    @Test
    public void wrongType() throws Exception {
        assertEquals("expires", error(postToken("{\"name\":\"e2\",\"role\":\"viewer\",\"expires\":\"soon\"}"), 400,
                "invalid_type").get("field").asText());
        assertEquals("role", error(postToken("{\"name\":\"e2\",\"role\":[\"viewer\"]}"), 400, "invalid_type")
                .get("field").asText());
    }

    @Test
    public void failedValidation() throws Exception {
        assertEquals("role", error(postToken("{\"name\":\"e3\",\"role\":\"root\"}"), 400, "invalid_value")
                .get("field").asText());
        assertEquals("name", error(postToken("{\"name\":\"Bad Name!\",\"role\":\"viewer\"}"), 400, "invalid_value")
                .get("field").asText());
        assertEquals("limit", error(http.get("/api/system/audit?limit=many", adminToken()), 400, "invalid_value")
                .get("field").asText());
    }

    @Test
    public void emptyBody() throws Exception {
        error(postToken(""), 400, "empty_body");
    }

    @Test
    public void wrongMediaType() throws Exception {
        error(http.send("POST", "/api/system/tokens", adminToken(), "text/plain", "name=x"), 415,
                "unsupported_media_type");
    }

    @Test
    public void bodyOverTheLimitIs413() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(300 * 1024) + "\",\"role\":\"viewer\"}";
        error(postToken(big), 413, "payload_too_large");
    }

    @Test
    public void nothingWasCreatedByTheBadRequests() throws Exception {
        Http.Reply list = http.get("/api/system/tokens", adminToken());
        assertTrue(list.body, !list.body.contains("\"e1\"") && !list.body.contains("\"e2\"")
                && !list.body.contains("\"e3\""));
    }
}
