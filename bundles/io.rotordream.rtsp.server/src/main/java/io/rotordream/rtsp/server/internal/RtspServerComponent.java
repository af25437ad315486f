package io.rotordream.rtsp.server.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.rotordream.config.api.ConfigService;
import io.rotordream.memory.api.BufferPools;
import io.rotordream.rtsp.server.internal.protocol.DigestAuth;
import io.rotordream.security.api.AuthRateLimiter;
import io.rotordream.streaming.adaptive.api.BitrateController;
import io.rotordream.streaming.api.ClientInfo;
import io.rotordream.streaming.api.MountInfo;
import io.rotordream.streaming.api.StreamingEndpoint;
import io.rotordream.streaming.api.rtsp.RtspUser;
import io.rotordream.streaming.api.rtsp.RtspUsers;
import io.rotordream.video.api.stream.StreamInfo;
import io.rotordream.video.api.stream.VideoStream;

/**
 * The RTSP server's OSGi edge: configuration in (changes apply live; a port change rebinds), the
 * video streams as mounts, users and pools as they come and go, and the server offered as a
 * {@link StreamingEndpoint} and {@link RtspUsers}. Stopping this bundle touches neither capture
 * nor encoding: only this bundle's subscriptions close.
 */
@Component(service = { StreamingEndpoint.class, RtspUsers.class }, configurationPid = RtspConfig.PID, immediate = true,
        property = StreamingEndpoint.PROTOCOL + "=rtsp")
@Designate(ocd = RtspConfig.class)
public final class RtspServerComponent implements StreamingEndpoint, RtspUsers {

    private static final Logger LOG = LoggerFactory.getLogger(RtspServerComponent.class);
    private final RtspServer server = new RtspServer();
    private final ConfigService config;
    private final Map<String, DigestAuth.Credentials> users = new ConcurrentHashMap<>();

    @Activate
    public RtspServerComponent(RtspConfig c, @Reference ConfigService config) {
        this.config = config;
        modified(c);
    }

    @Modified
    void modified(RtspConfig c) {
        Settings s = new Settings(c);
        try {
            server.configure(s);
        } catch (IOException e) {
            LOG.error("RTSP server not listening: {}", e.getMessage());
        }
        if (s.authRequired() && users.isEmpty()) {
            LOG.warn("RTSP authentication is on ({}) and no user is configured: nobody can watch until one is added "
                    + "(PUT /api/streaming/rtsp/users/NAME)", s.auth);
        }
    }

    @Deactivate
    void deactivate() {
        server.stop();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStream(VideoStream stream, Map<String, Object> props) {
        server.mountAdded(mountName(stream, props), stream);
    }

    void removeStream(VideoStream stream, Map<String, Object> props) {
        server.mountRemoved(mountName(stream, props), stream);
    }

    private static String mountName(VideoStream stream, Map<String, Object> props) {
        Object m = props.get(VideoStream.MOUNT);
        return m == null ? stream.mount() : String.valueOf(m);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setPools(BufferPools pools) {
        server.pools(pools);
    }

    void unsetPools(BufferPools pools) {
        server.pools(null);
    }

    /** Receiver reports steer the mount's bitrate while an adaptive bitrate controller is there. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setController(BitrateController c) {
        server.controller(c);
    }

    void unsetController(BitrateController c) {
        server.controller(null);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setLimiter(AuthRateLimiter limiter) {
        server.gate().limiter(limiter);
    }

    void unsetLimiter(AuthRateLimiter limiter) {
        server.gate().limiter(null);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addUser(RtspUserComponent u) {
        users.put(u.name, u.credentials);
        server.gate().users(users);
    }

    void removeUser(RtspUserComponent u) {
        users.remove(u.name, u.credentials);
        server.gate().users(users);
    }

    // --- StreamingEndpoint ---------------------------------------------------------------

    @Override
    public String protocol() {
        return "rtsp";
    }

    @Override
    public List<MountInfo> mounts() {
        Settings s = server.settings();
        String host = !s.host.isEmpty() ? s.host : s.bindAddress;
        List<MountInfo> out = new ArrayList<>();
        for (Mount m : server.mounts()) {
            VideoStream v = m.stream();
            if (v == null) {
                continue;
            }
            StreamInfo i = v.info();
            MountInfo mi = new MountInfo();
            mi.mount = m.name;
            mi.protocol = "rtsp";
            mi.url = "rtsp://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + s.port + "/" + m.name;
            mi.codec = i.codec == null ? null : i.codec.rtpName();
            mi.width = i.width;
            mi.height = i.height;
            mi.fps = i.fps;
            mi.bitrateKbps = i.bitrateKbps;
            mi.actualBitrateKbps = i.actualBitrateKbps;
            mi.clients = (int) server.sessions().stream().filter(x -> x.mount == m).count();
            out.add(mi);
        }
        out.sort(Comparator.comparing(x -> x.mount));
        return out;
    }

    @Override
    public List<ClientInfo> clients() {
        return server.sessions().stream().map(RtspSession::info).sorted(Comparator.comparing(c -> c.connected))
                .toList();
    }

    @Override
    public boolean endSession(String id) {
        return server.endSession(id);
    }

    // --- RtspUsers -----------------------------------------------------------------------

    @Override
    public List<RtspUser> list() {
        List<RtspUser> out = new ArrayList<>();
        users.forEach((name, c) -> out.add(user(name, c)));
        out.sort(Comparator.comparing(u -> u.name));
        return out;
    }

    private static RtspUser user(String name, DigestAuth.Credentials c) {
        List<String> algorithms = new ArrayList<>();
        if (c.ha1Md5() != null) {
            algorithms.add("MD5");
        }
        if (c.ha1Sha256() != null) {
            algorithms.add("SHA-256");
        }
        return new RtspUser(name, c.role(), algorithms);
    }

    @Override
    public RtspUser set(String name, String role, char[] password) {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("name: 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (role == null || !role.matches("viewer|operator|admin")) {
            throw new IllegalArgumentException("role: viewer, operator or admin");
        }
        if (password == null || password.length < 8 || password.length > 256) {
            throw new IllegalArgumentException("password: 8 to 256 characters");
        }
        String realm = server.settings().realm;
        DigestAuth.Credentials c = new DigestAuth.Credentials(DigestAuth.ha1("MD5", name, realm, password),
                DigestAuth.ha1("SHA-256", name, realm, password), role);
        config.update(RtspUserConfig.FACTORY_PID + "~" + name,
                Map.of("role", role, "ha1_md5", c.ha1Md5(), "ha1_sha256", c.ha1Sha256()));
        // the configuration reaches addUser shortly; the user may watch from now on
        users.put(name, c);
        server.gate().users(users);
        return user(name, c);
    }

    @Override
    public boolean remove(String name) {
        boolean had = users.remove(name) != null;
        server.gate().users(users);
        return config.delete(RtspUserConfig.FACTORY_PID + "~" + name) || had;
    }
}
