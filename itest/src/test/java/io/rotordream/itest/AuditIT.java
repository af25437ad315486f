package io.rotordream.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/** Every mutating request, accepted or refused, is in the audit log with who, where and the result. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AuditIT extends RotorDreamTestSupport {

    @Test
    public void mutationsAreAudited() throws Exception {
        token("audit-subject", "viewer");
        http.send("DELETE", "/api/system/tokens/audit-subject", null, null, null); // refused: 401
        http.send("DELETE", "/api/system/tokens/audit-subject", adminToken(), null, null);
        Http.Reply r = http.get("/api/system/audit?limit=10", adminToken());
        assertEquals(r.toString(), 200, r.status);
        JsonNode newest = r.json().get(0);
        assertEquals("DELETE", newest.get("method").asText());
        assertEquals("/api/system/tokens/audit-subject", newest.get("path").asText());
        assertEquals(204, newest.get("status").asInt());
        assertEquals("admin", newest.get("token").asText());
        assertEquals("127.0.0.1", newest.get("address").asText());
        JsonNode refused = r.json().get(1);
        assertEquals(401, refused.get("status").asInt());
        assertTrue(refused.path("token").isMissingNode() || refused.path("token").isNull());
        JsonNode created = r.json().get(2);
        assertEquals("POST", created.get("method").asText());
        assertEquals(201, created.get("status").asInt());
    }

    @Test
    public void readsAreNotAudited() throws Exception {
        int before = http.get("/api/system/audit?limit=1000", adminToken()).json().size();
        http.get("/api/system/status", adminToken());
        assertEquals(before, http.get("/api/system/audit?limit=1000", adminToken()).json().size());
    }
}
