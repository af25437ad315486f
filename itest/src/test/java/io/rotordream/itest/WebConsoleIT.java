package io.rotordream.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** Felix's default admin/admin never opens the console; an admin API token does. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class WebConsoleIT extends RotorDreamTestSupport {

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void defaultCredentialsAreRefused() {
        Http.Reply r = http.get("/system/console/bundles", basic("admin", "admin"));
        assertEquals(401, r.status);
        assertTrue(r.header("WWW-Authenticate"), r.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals(401, http.get("/system/console/bundles", null).status);
    }

    @Test
    public void adminTokenOpensTheConsole() throws Exception {
        Http.Reply r = http.get("/system/console/bundles", basic("admin", adminToken()));
        assertEquals(200, r.status);
        assertTrue(r.body.contains("io.rotordream.rest.app"));
        assertEquals(200, http.get("/system/console/components", basic("anyone", adminToken())).status);
    }

    @Test
    public void nonAdminTokensAreRefused() throws Exception {
        String operator = token("console-operator", "operator");
        assertEquals(401, http.get("/system/console/bundles", basic("admin", operator)).status);
    }
}
