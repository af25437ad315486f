package io.rotordream.webrtc.server.internal.sdp;

import java.util.ArrayList;
import java.util.List;

/** What the answer needs from a browser's offer (RFC 8866 syntax, JSEP RFC 8829 semantics). */
public final class SdpOffer {

    /** One m= section. */
    public static final class Media {
        public String kind;
        public int port;
        public String protocol;
        public final List<Integer> formats = new ArrayList<>();
        public String mid;
        /** sendrecv, recvonly, sendonly, inactive. */
        public String direction = "sendrecv";
        public String iceUfrag;
        public String icePwd;
        public String fingerprintAlgorithm;
        public String fingerprint;
        public String setup;
        public boolean rtcpMux;
        public boolean rtcpRsize;
        public final List<Codec> codecs = new ArrayList<>();
        /** a=extmap id and URI. */
        public final List<String[]> extmaps = new ArrayList<>();
        public final List<String> candidates = new ArrayList<>();

        public Codec codec(int pt) {
            for (Codec c : codecs) {
                if (c.payloadType == pt) {
                    return c;
                }
            }
            return null;
        }

        public int extmapId(String uri) {
            for (String[] e : extmaps) {
                if (e[1].equals(uri)) {
                    return Integer.parseInt(e[0]);
                }
            }
            return -1;
        }
    }

    /** One payload type of an m= section with its rtpmap, fmtp and rtcp-fb lines. */
    public static final class Codec {
        public int payloadType;
        public String name;
        public int clockRate;
        public String fmtp = "";
        public final List<String> feedback = new ArrayList<>();

        /** A parameter of the fmtp line, or {@code null}. */
        public String param(String key) {
            for (String p : fmtp.split(";")) {
                int eq = p.indexOf('=');
                if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase(key)) {
                    return p.substring(eq + 1).trim();
                }
            }
            return null;
        }

        public boolean hasFeedback(String fb) {
            return feedback.contains(fb);
        }
    }

    public final List<Media> media = new ArrayList<>();
    public final List<String> bundle = new ArrayList<>();
    /** Session-level values, used when a media section does not repeat them. */
    public String iceUfrag;
    public String icePwd;
    public String fingerprintAlgorithm;
    public String fingerprint;
    public String setup;
}
