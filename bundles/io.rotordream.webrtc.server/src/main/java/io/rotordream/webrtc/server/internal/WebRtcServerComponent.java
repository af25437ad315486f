package io.rotordream.webrtc.server.internal;

import java.io.IOException;
import java.util.ArrayList;
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

import io.rotordream.platform.api.DataDirectory;
import io.rotordream.streaming.adaptive.api.BitrateController;
import io.rotordream.streaming.api.ClientInfo;
import io.rotordream.streaming.api.MountInfo;
import io.rotordream.streaming.api.StreamingEndpoint;
import io.rotordream.video.api.stream.StreamInfo;
import io.rotordream.video.api.stream.VideoStream;
import io.rotordream.webrtc.api.IceServer;
import io.rotordream.webrtc.api.WhepAnswer;
import io.rotordream.webrtc.api.WhepService;
import io.rotordream.webrtc.api.WhepSessionInfo;
import io.rotordream.webrtc.server.internal.dtls.DtlsIdentity;
import io.rotordream.webrtc.server.internal.session.Session;

/**
 * The WebRTC server's OSGi edge: configuration in, streams and the bitrate controller tracked
 * dynamically (they may come and go without restarting the server), WHEP and the streaming
 * endpoint out. The DTLS identity lives in {@code <data>/state/webrtc}.
 */
@Component(service = { WhepService.class, StreamingEndpoint.class }, configurationPid = WebRtcConfig.PID,
        property = StreamingEndpoint.PROTOCOL + "=webrtc")
@Designate(ocd = WebRtcConfig.class)
public final class WebRtcServerComponent implements WhepService, StreamingEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(WebRtcServerComponent.class);
    private final Map<String, VideoStream> streams = new ConcurrentHashMap<>();
    private final WebRtcServer server;
    private final DtlsIdentity identity;

    @Activate
    public WebRtcServerComponent(WebRtcConfig config, @Reference DataDirectory data) throws IOException {
        identity = DtlsIdentity.loadOrCreateInBackground(data.state("webrtc"));
        server = new WebRtcServer(identity, streams::get, SettingsMapper.from(config));
        server.controller(controller);
        identity.whenDone(c -> LOG.info("WebRTC: WHEP ready, DTLS fingerprint sha-256 {}", c.fingerprint),
                e -> LOG.error("WebRTC: no DTLS certificate, WHEP offers are refused: {}", e.toString()));
    }

    @Modified
    void modified(WebRtcConfig config) throws IOException {
        server.update(SettingsMapper.from(config));
    }

    @Deactivate
    void deactivate() {
        server.close();
        identity.awaitQuietly(5_000);
    }

    private volatile BitrateController controller;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setController(BitrateController c) {
        controller = c;
        WebRtcServer s = server;
        if (s != null) {
            s.controller(c);
        }
    }

    void unsetController(BitrateController c) {
        if (controller == c) {
            controller = null;
            WebRtcServer s = server;
            if (s != null) {
                s.controller(null);
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addStream(VideoStream stream, Map<String, Object> props) {
        String mount = String.valueOf(props.getOrDefault(VideoStream.MOUNT, stream.mount()));
        streams.put(mount, stream);
        WebRtcServer s = server;
        if (s != null) {
            s.streamChanged(mount);
        }
    }

    void removeStream(VideoStream stream, Map<String, Object> props) {
        String mount = String.valueOf(props.getOrDefault(VideoStream.MOUNT, stream.mount()));
        if (streams.remove(mount, stream)) {
            WebRtcServer s = server;
            if (s != null) {
                s.streamChanged(mount);
            }
        }
    }

    @Override
    public WhepAnswer offer(String mount, String sdpOffer, String user) {
        return server.offer(mount, sdpOffer, user);
    }

    @Override
    public void trickle(String sessionId, String sdpFragment, String ifMatch, String user, boolean privileged) {
        server.trickle(sessionId, sdpFragment, ifMatch, user, privileged);
    }

    @Override
    public void delete(String sessionId, String user, boolean privileged) {
        server.delete(sessionId, user, privileged);
    }

    @Override
    public List<IceServer> iceServers() {
        return server.settings0().iceServers();
    }

    @Override
    public List<WhepSessionInfo> sessions() {
        return server.all().stream().map(Session::info).toList();
    }

    @Override
    public String protocol() {
        return "webrtc";
    }

    @Override
    public List<MountInfo> mounts() {
        List<MountInfo> out = new ArrayList<>();
        List<Session> all = server.all();
        for (Map.Entry<String, VideoStream> e : streams.entrySet()) {
            StreamInfo i = e.getValue().info();
            MountInfo m = new MountInfo();
            m.mount = e.getKey();
            m.protocol = "webrtc";
            m.url = "/api/streaming/webrtc/whep" + (e.getKey().equals("main") ? "" : "/" + e.getKey());
            m.codec = i.codec == null ? null : i.codec.rtpName();
            m.width = i.width;
            m.height = i.height;
            m.fps = i.fps;
            m.bitrateKbps = i.bitrateKbps;
            m.actualBitrateKbps = i.actualBitrateKbps;
            m.clients = (int) all.stream().filter(s -> s.mount.equals(e.getKey())).count();
            out.add(m);
        }
        return out;
    }

    @Override
    public List<ClientInfo> clients() {
        List<ClientInfo> out = new ArrayList<>();
        for (Session s : server.all()) {
            WhepSessionInfo w = s.info();
            ClientInfo c = new ClientInfo();
            c.id = w.id;
            c.protocol = "webrtc";
            c.mount = w.mount;
            c.transport = "webrtc";
            c.address = w.remoteAddress;
            c.user = w.user;
            c.connected = s.created;
            c.uptimeSeconds = w.uptimeSeconds;
            c.bytes = w.bytesSent;
            c.packets = w.packetsSent;
            c.packetsLost = s.packetsLost();
            c.lossFraction = w.lossFraction;
            c.jitterMs = w.jitterMs;
            c.rttMs = w.rttMs;
            c.drops = w.droppedPackets;
            c.bitrateKbps = w.uptimeSeconds > 0 ? (int) (w.bytesSent * 8 / 1000 / w.uptimeSeconds) : 0;
            out.add(c);
        }
        return out;
    }

    @Override
    public boolean endSession(String id) {
        Session s = server.session(id);
        if (s == null) {
            return false;
        }
        s.close("ended");
        return true;
    }
}
