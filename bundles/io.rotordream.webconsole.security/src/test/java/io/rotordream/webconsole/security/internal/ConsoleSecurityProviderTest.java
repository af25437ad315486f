package io.rotordream.webconsole.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.Test;

public class ConsoleSecurityProviderTest {

    private static String basic(String user, String pass) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + pass).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void extractsPasswordOrBearer() {
        assertEquals("rd1.abc.def", ConsoleSecurityProvider.secret(basic("admin", "rd1.abc.def")));
        assertEquals("rd1.abc.def", ConsoleSecurityProvider.secret(basic("", "rd1.abc.def")));
        assertEquals("rd1.x", ConsoleSecurityProvider.secret("Bearer rd1.x"));
        assertNull(ConsoleSecurityProvider.secret("Basic !!!"));
        assertNull(ConsoleSecurityProvider.secret("Digest x"));
        assertNull(ConsoleSecurityProvider.secret(null));
    }
}
