package io.rotordream.webrtc.server.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The seed's PUT /api/streaming/webrtc/config, plus the limits and timers of sessions. */
@ObjectClassDefinition(name = "RotorDream WebRTC", description = "WHEP playback: ICE-lite, DTLS-SRTP, H.264/H.265 to browsers.")
public @interface WebRtcConfig {
    String PID = "rotordream.streaming.webrtc";

    @AttributeDefinition(required = false, description = "STUN/TURN servers advertised to clients (Link rel=ice-server), "
            + "e.g. stun:stun.example.net:3478 or turn:turn.example.net:3478?transport=udp.")
    String[] ice__servers() default {};

    @AttributeDefinition(required = false, description = "User name for the TURN servers listed.")
    String turn__username() default "";

    @AttributeDefinition(required = false, description = "Credential for the TURN servers listed.")
    String turn__credential() default "";

    @AttributeDefinition(options = { @Option(value = "h264"), @Option(value = "h265"), @Option(value = "auto") },
            description = "Codec served; the mount must be encoded with it (auto: whatever it is encoded with).")
    String video__codec() default "h264";

    @AttributeDefinition(options = { @Option(value = "opus"), @Option(value = "pcmu"), @Option(value = "pcma"),
            @Option(value = "none") }, description = "Accepted for the seed's API; audio is not captured yet, "
                    + "so offered audio is answered as rejected (port 0).")
    String audio__codec() default "opus";

    @AttributeDefinition(min = "100", max = "100000", description = "Most bitrate per viewer, announced as b=AS in the answer.")
    int bandwidth__kbps() default 5000;

    @AttributeDefinition(description = "Whether viewers' feedback (loss, REMB, transport-cc) feeds the adaptive bitrate controller.")
    boolean adaptive__bitrate() default true;

    @AttributeDefinition(min = "0", max = "65535", description = "Lowest UDP port of sessions (0 with max 0: any free port).")
    int udp__port__min() default 40000;

    @AttributeDefinition(min = "0", max = "65535", description = "Highest UDP port of sessions.")
    int udp__port__max() default 40999;

    @AttributeDefinition(min = "1", max = "1000")
    int max__sessions() default 32;

    @AttributeDefinition(required = false, description = "IP addresses offered as host candidates; empty: every "
            + "IPv4 address of the interfaces below (all up, non-loopback ones when none are named).")
    String[] ice__addresses() default {};

    @AttributeDefinition(required = false, description = "Network interfaces whose addresses are offered, e.g. eth0.")
    String[] ice__interfaces() default {};

    @AttributeDefinition(required = false, description = "Public IP address of a 1:1 NAT, offered as a host candidate too.")
    String public__address() default "";

    @AttributeDefinition(min = "1", max = "300", description = "Seconds a session may take to connect (ICE and DTLS).")
    int connect__timeout__s() default 15;

    @AttributeDefinition(min = "2", max = "300", description = "Seconds without a consent check before a session ends (RFC 7675: 30).")
    int consent__timeout__s() default 30;

    @AttributeDefinition(description = "DTLS-SRTP profiles in order of preference.")
    String[] srtp__profiles() default { "AEAD_AES_128_GCM", "AES_CM_128_HMAC_SHA1_80" };

    @AttributeDefinition(min = "64", max = "8192", description = "Packets kept per viewer for retransmission on NACK.")
    int history__packets() default 512;

    @AttributeDefinition(min = "576", max = "1500", description = "Largest SRTP datagram sent.")
    int mtu() default 1200;

    @AttributeDefinition(min = "0", max = "10000", description = "Least time between keyframe requests of one viewer (PLI, FIR).")
    int keyframe__min__interval__ms() default 500;

    @AttributeDefinition(min = "0", max = "50", description = "Test hook: percent of outgoing original RTP packets "
            + "dropped before the socket, to prove NACK repair. Keep 0 in production.")
    double test__drop__percent() default 0;
}
