package io.rotordream.webrtc.server.internal.sdp;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * Writes the SDP answer (JSEP RFC 8829 §5.3): ICE-lite, DTLS passive, BUNDLE of the one served
 * section, rtcp-mux, our SSRCs; every other offered section rejected with port 0.
 */
public final class AnswerWriter {

    /** What the answer says about this end. */
    public static final class Local {
        public long sessionId;
        public String iceUfrag;
        public String icePwd;
        /** sha-256 fingerprint, colon-separated hex. */
        public String fingerprint;
        public List<InetSocketAddress> candidates;
        public int ssrc;
        public int rtxSsrc;
        public String cname;
        public int bandwidthKbps;
    }

    private AnswerWriter() {
    }

    public static String write(Negotiation n, Local l) {
        StringBuilder s = new StringBuilder(2048);
        line(s, "v=0");
        line(s, "o=rotordream " + l.sessionId + " 1 IN IP4 127.0.0.1");
        line(s, "s=-");
        line(s, "t=0 0");
        line(s, "a=group:BUNDLE " + n.video.mid);
        // RFC 8445 §2.5: a lite agent answers checks and never sends its own.
        line(s, "a=ice-lite");
        line(s, "a=msid-semantic: WMS rotordream");
        for (SdpOffer.Media m : n.offer.media) {
            if (m == n.video) {
                video(s, n, l);
            } else {
                rejected(s, m);
            }
        }
        return s.toString();
    }

    private static void video(StringBuilder s, Negotiation n, Local l) {
        int pt = n.codec.payloadType;
        InetSocketAddress first = l.candidates.get(0);
        line(s, "m=video " + first.getPort() + " UDP/TLS/RTP/SAVPF " + pt
                + (n.rtxPayloadType >= 0 ? " " + n.rtxPayloadType : ""));
        line(s, "c=IN IP4 " + first.getAddress().getHostAddress());
        if (l.bandwidthKbps > 0) {
            line(s, "b=AS:" + l.bandwidthKbps);
        }
        line(s, "a=mid:" + n.video.mid);
        line(s, "a=sendonly");
        line(s, "a=ice-ufrag:" + l.iceUfrag);
        line(s, "a=ice-pwd:" + l.icePwd);
        line(s, "a=fingerprint:sha-256 " + l.fingerprint);
        // RFC 8842 §5.2: the answerer to actpass chooses; a server behind NAT must be passive.
        line(s, "a=setup:passive");
        line(s, "a=rtcp-mux");
        if (n.video.rtcpRsize) {
            line(s, "a=rtcp-rsize");
        }
        if (n.transportCcId > 0) {
            line(s, "a=extmap:" + n.transportCcId + " " + io.rotordream.rtp.TransportFeedback.EXTENSION_URI);
        }
        line(s, "a=rtpmap:" + pt + " " + n.codec.name + "/90000");
        line(s, "a=fmtp:" + pt + " " + n.answerFmtp());
        for (String fb : n.feedback) {
            line(s, "a=rtcp-fb:" + pt + " " + fb);
        }
        if (n.rtxPayloadType >= 0) {
            line(s, "a=rtpmap:" + n.rtxPayloadType + " rtx/90000");
            line(s, "a=fmtp:" + n.rtxPayloadType + " apt=" + pt);
            line(s, "a=ssrc-group:FID " + unsigned(l.ssrc) + " " + unsigned(l.rtxSsrc));
        }
        line(s, "a=msid:rotordream video");
        line(s, "a=ssrc:" + unsigned(l.ssrc) + " cname:" + l.cname);
        line(s, "a=ssrc:" + unsigned(l.ssrc) + " msid:rotordream video");
        if (n.rtxPayloadType >= 0) {
            line(s, "a=ssrc:" + unsigned(l.rtxSsrc) + " cname:" + l.cname);
            line(s, "a=ssrc:" + unsigned(l.rtxSsrc) + " msid:rotordream video");
        }
        int i = 0;
        for (InetSocketAddress c : l.candidates) {
            line(s, "a=" + candidate(i++, c));
        }
        line(s, "a=end-of-candidates");
    }

    /** RFC 8445 §5.1.2.1: host type preference 126, local preference falling with the list. */
    public static String candidate(int index, InetSocketAddress c) {
        long priority = (126L << 24) | ((long) Math.max(0, 65535 - index) << 8) | (256 - 1);
        return "candidate:" + (index + 1) + " 1 udp " + priority + " " + c.getAddress().getHostAddress() + " "
                + c.getPort() + " typ host";
    }

    // JSEP §5.3.1: a rejected section keeps its mid with port 0; audio is not captured yet.
    private static void rejected(StringBuilder s, SdpOffer.Media m) {
        String formats = m.formats.isEmpty() ? "0" : Integer.toString(m.formats.get(0));
        line(s, "m=" + m.kind + " 0 " + m.protocol + " " + formats);
        line(s, "c=IN IP4 0.0.0.0");
        if (m.mid != null) {
            line(s, "a=mid:" + m.mid);
        }
        line(s, "a=inactive");
    }

    private static String unsigned(int ssrc) {
        return Integer.toUnsignedString(ssrc);
    }

    private static void line(StringBuilder s, String line) {
        s.append(line).append("\r\n");
    }
}
