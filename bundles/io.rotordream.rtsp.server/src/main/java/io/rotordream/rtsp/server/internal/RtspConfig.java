package io.rotordream.rtsp.server.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The RTSP server: the seed's streaming settings plus listener, ports, multicast, limits and authentication. */
@ObjectClassDefinition(name = "RotorDream RTSP server",
        description = "RTSP 1.0 (RFC 2326) server of the camera's streams: rtsp://HOST:PORT/MOUNT.")
public @interface RtspConfig {
    String PID = "rotordream.streaming.rtsp";

    boolean enabled() default true;

    @AttributeDefinition(min = "1", max = "65535", description = "TCP port of the RTSP listener.")
    int port() default 8554;

    @AttributeDefinition(required = false, description = "Address to listen on; empty or 0.0.0.0 for every address.")
    String bind__address() default "0.0.0.0";

    @AttributeDefinition(required = false, description = "Host name or address put in stream URLs; empty uses the address the client reached.")
    String host() default "";

    @AttributeDefinition(description = "Preferred transport when a client offers several.",
            options = { @Option(value = "udp"), @Option(value = "tcp"), @Option(value = "multicast") })
    String transport() default "udp";

    @AttributeDefinition(description = "Transports clients may use: udp, tcp, multicast.")
    String[] allowed__transports() default { "udp", "tcp", "multicast" };

    @AttributeDefinition(min = "256", max = "9000", description = "Largest RTP packet in bytes (header included).")
    int packet__size() default 1316;

    @AttributeDefinition(min = "0", max = "16777216", description = "Send buffer (SO_SNDBUF) of media sockets in bytes; 0 keeps the system's.")
    int buffer__size() default 1048576;

    @AttributeDefinition(min = "0", max = "63", description = "DSCP of media and control packets (34 = AF41, interactive video; 0 = best effort).")
    int dscp() default 34;

    @AttributeDefinition(min = "100", max = "120000", description = "Time a client has to complete a request once it began it (slow clients are closed).")
    int timeout__ms() default 5000;

    @AttributeDefinition(min = "5", max = "3600", description = "A session without keep-alive (RTSP request or RTCP) for this long is ended.")
    int session__timeout__s() default 60;

    @AttributeDefinition(description = "Resend packets that UDP clients report lost with RTCP generic NACK (RFC 4585).")
    boolean retransmission() default true;

    @AttributeDefinition(min = "1024", max = "65535", description = "First server UDP port for RTP/RTCP pairs.")
    int rtp__port__min() default 20000;

    @AttributeDefinition(min = "1025", max = "65535", description = "Last server UDP port for RTP/RTCP pairs.")
    int rtp__port__max() default 20999;

    @AttributeDefinition(description = "Multicast group; each mount gets its own port pair from multicast_port up.")
    String multicast__group() default "239.255.42.42";

    @AttributeDefinition(min = "1024", max = "65533")
    int multicast__port() default 5004;

    @AttributeDefinition(min = "0", max = "255")
    int multicast__ttl() default 1;

    @AttributeDefinition(required = false, description = "Network interface for multicast (e.g. eth0, lo); empty uses the system's route.")
    String multicast__interface() default "";

    @AttributeDefinition(min = "1", max = "10000", description = "RTSP connections at once.")
    int max__connections() default 256;

    @AttributeDefinition(min = "1", max = "10000", description = "Sessions at once, all transports.")
    int max__sessions() default 256;

    @AttributeDefinition(min = "1", max = "10000", description = "RTSP connections from one client address.")
    int max__clients__per__address() default 32;

    @AttributeDefinition(min = "1024", max = "65536", description = "Largest request header in bytes.")
    int max__request__bytes() default 8192;

    @AttributeDefinition(min = "2", max = "1024", description = "Frames a TCP client may fall behind by before it drops to the next keyframe.")
    int client__queue__frames() default 64;

    @AttributeDefinition(min = "1", max = "16", description = "I/O threads serving connections.")
    int io__threads() default 2;

    @AttributeDefinition(description = "Authentication of viewers: digest (MD5 and SHA-256), basic, any (both), off.",
            options = { @Option(value = "digest"), @Option(value = "basic"), @Option(value = "any"), @Option(value = "off") })
    String auth() default "digest";

    @AttributeDefinition(description = "Realm of the credentials; the stored hashes depend on it (change it and set the passwords again).")
    String auth__realm() default "RotorDream";
}
