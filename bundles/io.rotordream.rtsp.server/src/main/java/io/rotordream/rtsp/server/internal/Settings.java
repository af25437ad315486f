package io.rotordream.rtsp.server.internal;

import java.util.List;
import java.util.Locale;

/** The configuration as the server uses it: an immutable snapshot, replaced whole on a change. */
final class Settings {

    final boolean enabled;
    final String bindAddress;
    final int port;
    final String host;
    final String transport;
    final List<String> allowedTransports;
    final int packetSize;
    final int bufferSize;
    final int tos;
    final int requestTimeoutMs;
    final int sessionTimeoutS;
    final boolean retransmission;
    final int rtpPortMin;
    final int rtpPortMax;
    final String multicastGroup;
    final int multicastPort;
    final int multicastTtl;
    final String multicastInterface;
    final int maxConnections;
    final int maxSessions;
    final int maxClientsPerAddress;
    final int maxRequestBytes;
    final int clientQueueFrames;
    final int ioThreads;
    /** off, basic, digest, any. */
    final String auth;
    final String realm;

    Settings(RtspConfig c) {
        enabled = c.enabled();
        bindAddress = c.bind__address().isBlank() ? "0.0.0.0" : c.bind__address().trim();
        port = c.port();
        host = c.host().trim();
        transport = c.transport().toLowerCase(Locale.ROOT);
        allowedTransports = List.of(c.allowed__transports()).stream().map(x -> x.trim().toLowerCase(Locale.ROOT))
                .toList();
        packetSize = c.packet__size();
        bufferSize = c.buffer__size();
        tos = (c.dscp() & 0x3f) << 2;
        requestTimeoutMs = c.timeout__ms();
        sessionTimeoutS = c.session__timeout__s();
        retransmission = c.retransmission();
        rtpPortMin = c.rtp__port__min();
        rtpPortMax = c.rtp__port__max();
        multicastGroup = c.multicast__group().trim();
        multicastPort = c.multicast__port();
        multicastTtl = c.multicast__ttl();
        multicastInterface = c.multicast__interface().trim();
        maxConnections = c.max__connections();
        maxSessions = c.max__sessions();
        maxClientsPerAddress = c.max__clients__per__address();
        maxRequestBytes = c.max__request__bytes();
        clientQueueFrames = c.client__queue__frames();
        ioThreads = c.io__threads();
        auth = c.auth().toLowerCase(Locale.ROOT);
        realm = c.auth__realm();
    }

    boolean digest() {
        return auth.equals("digest") || auth.equals("any");
    }

    boolean basic() {
        return auth.equals("basic") || auth.equals("any");
    }

    boolean authRequired() {
        return !auth.equals("off");
    }

    /** Whether a restart of the listener is needed to go from {@code o} to this. */
    boolean rebind(Settings o) {
        return o == null || enabled != o.enabled || port != o.port || !bindAddress.equals(o.bindAddress)
                || ioThreads != o.ioThreads || maxRequestBytes != o.maxRequestBytes;
    }
}
