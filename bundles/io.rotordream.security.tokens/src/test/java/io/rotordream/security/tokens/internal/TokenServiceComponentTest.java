package io.rotordream.security.tokens.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.rotordream.security.api.Authentication;
import io.rotordream.security.api.Authentication.Failure;
import io.rotordream.security.api.CreatedToken;
import io.rotordream.security.api.Role;

public class TokenServiceComponentTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();
    private Path home;
    private Path store;
    private MutableClock clock;

    static TokensConfig config(int iterations) {
        return new TokensConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return TokensConfig.class;
            }

            @Override
            public int pbkdf2__iterations() {
                return iterations;
            }

            @Override
            public int verified__cache__seconds() {
                return 300;
            }
        };
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Before
    public void setUp() {
        home = tmp.getRoot().toPath();
        store = home.resolve("state/security/tokens.json");
        clock = new MutableClock();
    }

    private TokenServiceComponent service() {
        return new TokenServiceComponent(config(10_000), store, home, clock);
    }

    @Test
    public void firstStartWritesAdminTokenOwnerOnlyAndStoresNoSecret() throws Exception {
        TokenServiceComponent s = service();
        Path file = home.resolve("admin.token");
        assertTrue(Files.exists(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String secret = Files.readString(file).trim();
        Authentication a = s.authenticate(secret);
        assertTrue(a.ok());
        assertEquals(Role.ADMIN, a.token().role);
        String stored = Files.readString(store);
        assertFalse("store must not contain the secret", stored.contains(secret.substring(17)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store)));
    }

    @Test
    public void secondStartKeepsTokensAndDoesNotRegenerate() throws Exception {
        service();
        String first = Files.readString(home.resolve("admin.token"));
        TokenServiceComponent again = service();
        assertEquals(first, Files.readString(home.resolve("admin.token")));
        assertTrue(again.authenticate(first.trim()).ok());
    }

    @Test
    public void createAuthenticateRevoke() {
        TokenServiceComponent s = service();
        CreatedToken viewer = s.create("cam-viewer", Role.VIEWER, null);
        assertTrue(s.authenticate(viewer.secret).ok());
        assertTrue(s.authenticate(viewer.secret).ok()); // cached path
        assertTrue(s.revoke("cam-viewer"));
        assertEquals(Failure.UNKNOWN, s.authenticate(viewer.secret).failure());
        assertFalse(s.revoke("cam-viewer"));
    }

    @Test
    public void wrongSecretWithRightIdIsRefused() {
        TokenServiceComponent s = service();
        CreatedToken t = s.create("ops", Role.OPERATOR, null);
        String forged = t.secret.substring(0, t.secret.length() - 4) + "AAAA";
        assertEquals(Failure.UNKNOWN, s.authenticate(forged).failure());
    }

    @Test
    public void expiry() {
        TokenServiceComponent s = service();
        CreatedToken t = s.create("short", Role.VIEWER, clock.now.plusSeconds(60));
        assertTrue(s.authenticate(t.secret).ok());
        clock.now = clock.now.plusSeconds(61);
        assertEquals(Failure.EXPIRED, s.authenticate(t.secret).failure());
    }

    @Test
    public void malformedAndMissing() {
        TokenServiceComponent s = service();
        assertEquals(Failure.MISSING, s.authenticate(null).failure());
        assertEquals(Failure.MISSING, s.authenticate("  ").failure());
        assertEquals(Failure.MALFORMED, s.authenticate("1a2B3c4D5e6f7G8h").failure());
        assertEquals(Failure.MALFORMED, s.authenticate("rd1.x.y").failure());
    }

    @Test
    public void badArgumentsNameTheField() {
        TokenServiceComponent s = service();
        expectField(() -> s.create("Bad Name", Role.VIEWER, null), "name");
        expectField(() -> s.create("admin", Role.VIEWER, null), "name");
        expectField(() -> s.create("x", null, null), "role");
        expectField(() -> s.create("x", Role.VIEWER, clock.now.minusSeconds(1)), "expires");
    }

    private static void expectField(Runnable r, String field) {
        try {
            r.run();
            fail("expected refusal of " + field);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith(field + ":"));
        }
    }

    @Test
    public void listShowsNoSecrets() {
        TokenServiceComponent s = service();
        s.create("v", Role.VIEWER, null);
        assertEquals(2, s.list().size());
        assertNotNull(s.list().get(0).name);
        assertNull(s.list().get(0).expires);
    }

    @Test
    public void anUnwritableAdminFileStoresNoTokenSoTheNextStartTriesAgain() throws Exception {
        Files.createDirectories(home.resolve("admin.token")); // a directory where the file must go
        try {
            service();
            fail("the first start must fail when it cannot hand out the admin token");
        } catch (java.io.UncheckedIOException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("admin.token"));
        }
        assertFalse("nothing stored", Files.exists(store) && Files.readString(store).contains("admin"));
        Files.delete(home.resolve("admin.token"));
        TokenServiceComponent again = service();
        assertTrue(again.authenticate(Files.readString(home.resolve("admin.token")).trim()).ok());
    }
}
