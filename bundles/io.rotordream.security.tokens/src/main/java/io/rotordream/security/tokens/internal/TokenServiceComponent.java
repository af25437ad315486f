package io.rotordream.security.tokens.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.platform.api.AtomicFiles;
import io.rotordream.platform.api.DataDirectory;
import io.rotordream.security.api.Authentication;
import io.rotordream.security.api.Authentication.Failure;
import io.rotordream.security.api.CreatedToken;
import io.rotordream.security.api.Role;
import io.rotordream.security.api.TokenInfo;
import io.rotordream.security.api.TokenService;

@Component(configurationPid = TokensConfig.PID)
@Designate(ocd = TokensConfig.class)
public final class TokenServiceComponent implements TokenService {

    static final String ADMIN_TOKEN_FILE = "admin.token";
    static final String BOOTSTRAP_NAME = "admin";
    private static final int MAX_CACHE = 1024;
    private static final Logger LOG = LoggerFactory.getLogger(TokenServiceComponent.class);

    private final SecureRandom random = new SecureRandom();
    private final TokenStore store;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private volatile Map<String, TokenRecord> byId = Map.of();
    private volatile TokensConfig config;

    private record Verified(String id, long untilMillis) {
    }

    @Activate
    public TokenServiceComponent(TokensConfig config, @Reference DataDirectory data) {
        this(config, data.state("security").resolve("tokens.json"), data.home(), Clock.systemUTC());
    }

    TokenServiceComponent(TokensConfig config, Path storeFile, Path home, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.store = new TokenStore(storeFile);
        try {
            List<TokenRecord> records = store.load();
            index(records);
            if (records.isEmpty()) {
                bootstrapAdmin(home.resolve(ADMIN_TOKEN_FILE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read token store " + storeFile, e);
        }
    }

    @Modified
    void modified(TokensConfig config) {
        this.config = config;
        verified.clear();
    }

    /**
     * The file is written before the store: a kill between the two leaves an empty store, and the next
     * start writes a new admin token over the file, instead of a stored token whose secret nobody has.
     */
    private void bootstrapAdmin(Path file) {
        create(BOOTSTRAP_NAME, Role.ADMIN, null, admin -> {
            try {
                AtomicFiles.write(file, (admin.secret + "\n").getBytes(StandardCharsets.US_ASCII),
                        AtomicFiles.OWNER_ONLY);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        });
        LOG.warn("No API token existed: created admin token '{}', its secret is in {} (mode 0600)",
                BOOTSTRAP_NAME, file);
    }

    private void index(List<TokenRecord> records) {
        Map<String, TokenRecord> m = new LinkedHashMap<>();
        for (TokenRecord r : records) {
            m.put(r.id, r);
        }
        byId = Map.copyOf(m);
    }

    @Override
    public CreatedToken create(String name, Role role, Instant expires) {
        return create(name, role, expires, created -> {
        });
    }

    /** {@code beforeStoring} sees the new token before the store holds it, so a failure there stores nothing. */
    private synchronized CreatedToken create(String name, Role role, Instant expires,
            Consumer<CreatedToken> beforeStoring) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("name: 1-64 characters of a-z, 0-9, '.', '_', '-', starting with a letter or digit");
        }
        if (role == null) {
            throw new IllegalArgumentException("role: one of viewer, operator, admin");
        }
        Instant now = clock.instant();
        if (expires != null && !expires.isAfter(now)) {
            throw new IllegalArgumentException("expires: must be in the future");
        }
        if (byId.values().stream().anyMatch(r -> r.name.equals(name))) {
            throw new IllegalArgumentException("name: a token named '" + name + "' exists");
        }
        TokenRecord r = new TokenRecord();
        r.name = name;
        r.id = TokenFormat.newId(random);
        r.role = role;
        r.created = now;
        r.expires = expires;
        r.algorithm = Pbkdf2.ALGORITHM;
        r.iterations = config.pbkdf2__iterations();
        r.salt = Pbkdf2.salt(random);
        String secret = TokenFormat.newSecret(random);
        r.hash = Pbkdf2.hash(secret, r.salt, r.iterations);
        CreatedToken created = new CreatedToken(r.info(), TokenFormat.compose(r.id, secret));
        beforeStoring.accept(created);
        List<TokenRecord> next = new ArrayList<>(byId.values());
        next.add(r);
        persist(next);
        return created;
    }

    @Override
    public List<TokenInfo> list() {
        return byId.values().stream().map(TokenRecord::info)
                .sorted(Comparator.comparing((TokenInfo t) -> t.created).thenComparing(t -> t.name)).toList();
    }

    @Override
    public synchronized boolean revoke(String name) {
        List<TokenRecord> next = new ArrayList<>(byId.values());
        TokenRecord gone = next.stream().filter(r -> r.name.equals(name)).findFirst().orElse(null);
        if (gone == null) {
            return false;
        }
        next.remove(gone);
        persist(next);
        verified.values().removeIf(v -> v.id.equals(gone.id));
        return true;
    }

    private void persist(List<TokenRecord> next) {
        try {
            store.save(next);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write token store", e);
        }
        index(next);
    }

    @Override
    public Authentication authenticate(String presented) {
        if (presented == null || presented.isBlank()) {
            return Authentication.failed(Failure.MISSING);
        }
        String[] parts = TokenFormat.parse(presented.trim());
        if (parts == null) {
            return Authentication.failed(Failure.MALFORMED);
        }
        TokenRecord r = byId.get(parts[0]);
        if (r == null) {
            return Authentication.failed(Failure.UNKNOWN);
        }
        Instant now = clock.instant();
        if (r.info().expiredAt(now)) {
            return Authentication.failed(Failure.EXPIRED);
        }
        String key = fingerprint(presented.trim());
        Verified v = verified.get(key);
        if (v != null && v.id.equals(r.id) && v.untilMillis > now.toEpochMilli()) {
            return Authentication.of(r.info());
        }
        if (!Pbkdf2.verify(parts[1], r.salt, r.iterations, r.hash)) {
            return Authentication.failed(Failure.UNKNOWN);
        }
        int cacheSeconds = config.verified__cache__seconds();
        if (cacheSeconds > 0) {
            if (verified.size() >= MAX_CACHE) {
                verified.clear();
            }
            verified.put(key, new Verified(r.id, now.toEpochMilli() + cacheSeconds * 1000L));
        }
        return Authentication.of(r.info());
    }

    @Override
    public boolean recentlyVerified(String presented) {
        if (presented == null || TokenFormat.parse(presented.trim()) == null) {
            return false;
        }
        Verified v = verified.get(fingerprint(presented.trim()));
        TokenRecord r = v == null ? null : byId.get(v.id);
        Instant now = clock.instant();
        return r != null && v.untilMillis > now.toEpochMilli() && !r.info().expiredAt(now);
    }

    /** Cache key: a fast hash of the whole token, so the cache never holds a usable secret. */
    private static String fingerprint(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
