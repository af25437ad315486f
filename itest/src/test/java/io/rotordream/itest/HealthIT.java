package io.rotordream.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class HealthIT extends RotorDreamTestSupport {

    @Test
    public void upWithoutAuthentication() {
        Http.Reply r = http.get("/api/health", null);
        assertEquals(r.toString(), 200, r.status);
        JsonNode body = r.json();
        assertEquals("UP", body.get("status").asText());
        assertTrue(body.get("components").asInt() > 10);
        assertTrue(body.get("resources").asInt() >= 4);
        assertEquals("no-store", r.header("Cache-Control"));
    }

    /** Readiness follows the facts: without the token service the API cannot be served. */
    @Test
    public void downWhileARequiredBundleIsStoppedAndUpAgainAfter() throws Exception {
        Bundle tokens = bundle("io.rotordream.security.tokens");
        tokens.stop();
        try {
            awaitHealth(503, 10_000);
            Http.Reply r = http.get("/api/health", null);
            assertEquals("DOWN", r.json().get("status").asText());
            assertTrue(r.body, r.body.contains("TokenService"));
        } finally {
            tokens.start();
        }
        awaitHealth(200, 15_000);
        assertEquals(200, http.get("/api/system/status", adminToken()).status);
    }
}
