package io.rotordream.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.Hashtable;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** The authentication and authorisation matrix of the API. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ApiSecurityIT extends RotorDreamTestSupport {

    @Inject
    ConfigurationAdmin cm;

    @Test
    public void noTokenIs401WithBearerChallenge() {
        Http.Reply r = http.get("/api/system/status", null);
        assertEquals(401, r.status);
        assertTrue(r.header("WWW-Authenticate"), r.header("WWW-Authenticate").startsWith("Bearer"));
        assertEquals("unauthorized", r.json().path("error").path("code").asText());
    }

    @Test
    public void badTokensAre401() {
        for (String bad : new String[] { "1a2B3c4D5e6f7G8h", "rd1.aaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
                "Basic YWRtaW46YWRtaW4=" }) {
            Http.Reply r = http.get("/api/system/status", bad);
            assertEquals(bad, 401, r.status);
        }
        assertTrue(http.get("/api/system/status", "rd1.aaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
                .header("WWW-Authenticate").contains("invalid_token"));
    }

    @Test
    public void adminReadsAndWrites() throws Exception {
        assertEquals(200, http.get("/api/system/status", adminToken()).status);
        assertEquals(200, http.get("/api/system/tokens", adminToken()).status);
    }

    @Test
    public void viewerReadsButCannotMutate() throws Exception {
        String viewer = token("sec-viewer", "viewer");
        assertEquals(200, http.get("/api/system/status", viewer).status);
        Http.Reply post = http.json("POST", "/api/system/tokens", viewer, "{\"name\":\"x\",\"role\":\"admin\"}");
        assertEquals(post.toString(), 403, post.status);
        assertEquals("forbidden", post.json().path("error").path("code").asText());
        assertEquals(403, http.send("DELETE", "/api/system/tokens/admin", viewer, null, null).status);
    }

    @Test
    public void operatorIsNotAdmin() throws Exception {
        String operator = token("sec-operator", "operator");
        assertEquals(403, http.get("/api/system/tokens", operator).status);
        assertEquals(403, http.get("/api/system/audit", operator).status);
        assertEquals(200, http.get("/api/system/bundles", operator).status);
    }

    @Test
    public void expiredTokenIs401() throws Exception {
        Http.Reply created = http.json("POST", "/api/system/tokens", adminToken(),
                "{\"name\":\"sec-short\",\"role\":\"viewer\",\"expires\":\"" + Instant.now().plusSeconds(2) + "\"}");
        assertEquals(created.toString(), 201, created.status);
        String t = created.json().get("token").asText();
        assertEquals(200, http.get("/api/system/status", t).status);
        Thread.sleep(2500);
        Http.Reply r = http.get("/api/system/status", t);
        assertEquals(401, r.status);
        assertTrue(r.body, r.body.contains("expired"));
    }

    @Test
    public void revokedTokenIs401AtOnce() throws Exception {
        String t = token("sec-revoked", "operator");
        assertEquals(200, http.get("/api/system/status", t).status);
        assertEquals(204, http.send("DELETE", "/api/system/tokens/sec-revoked", adminToken(), null, null).status);
        assertEquals(401, http.get("/api/system/status", t).status);
        assertEquals(404, http.send("DELETE", "/api/system/tokens/sec-revoked", adminToken(), null, null).status);
    }

    @Test
    public void tokenSecretShownOnceAndNeverListed() throws Exception {
        Http.Reply created = http.json("POST", "/api/system/tokens", adminToken(),
                "{\"name\":\"sec-once\",\"role\":\"viewer\"}");
        String secret = created.json().get("token").asText();
        assertNotNull(created.header("Location"));
        assertTrue(created.header("Cache-Control"), created.header("Cache-Control").contains("no-store"));
        Http.Reply list = http.get("/api/system/tokens", adminToken());
        assertTrue(list.body.contains("sec-once"));
        assertTrue("list must not carry secrets", !list.body.contains(secret) && !list.body.contains("\"token\""));
        assertEquals(409, http.json("POST", "/api/system/tokens", adminToken(),
                "{\"name\":\"sec-once\",\"role\":\"viewer\"}").status);
    }

    /** Failed attempts from one address get 429, while a client with a good token carries on. */
    @Test
    public void failedAuthenticationIsRateLimitedWithoutSlowingValidClients() throws Exception {
        Configuration c = cm.getConfiguration("rotordream.security.ratelimit", "?");
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("max_failures", 5);
        p.put("window_seconds", 4);
        c.update(p);
        try {
            String admin = adminToken();
            assertEquals(200, http.get("/api/system/status", admin).status);
            Thread.sleep(500); // configuration delivery is asynchronous
            Http.Reply last = null;
            for (int i = 0; i < 8; i++) {
                last = http.get("/api/system/status", "rd1.aaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" + i);
            }
            assertEquals(last.toString(), 429, last.status);
            assertNotNull(last.header("Retry-After"));
            assertEquals("too_many_requests", last.json().path("error").path("code").asText());
            assertEquals("the admin's verified token still works", 200, http.get("/api/system/status", admin).status);
            Thread.sleep(4500);
            assertEquals(401, http.get("/api/system/status", "rd1.aaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbz").status);
        } finally {
            c.delete();
            Thread.sleep(500);
        }
    }
}
