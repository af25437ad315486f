package io.rotordream.webrtc.server.internal.sdp;

import java.util.Locale;

/**
 * Reads an SDP offer leniently but with limits: the lines JSEP offers carry, size and count
 * bounded, anything else skipped. Malformed values that matter raise {@link SdpException}.
 */
public final class SdpParser {

    /** Larger offers are refused: a browser's offer is a few KiB. */
    public static final int MAX_BYTES = 64 * 1024;
    public static final int MAX_MEDIA = 16;

    private SdpParser() {
    }

    public static SdpOffer parse(String sdp) {
        if (sdp == null || sdp.isBlank()) {
            throw new SdpException("empty_offer", "the request body must be an SDP offer");
        }
        if (sdp.length() > MAX_BYTES) {
            throw new SdpException("offer_too_large", "the offer exceeds " + MAX_BYTES + " bytes");
        }
        if (!sdp.startsWith("v=0")) {
            throw new SdpException("not_sdp", "an SDP offer starts with v=0");
        }
        SdpOffer offer = new SdpOffer();
        SdpOffer.Media m = null;
        for (String raw : sdp.split("\r?\n")) {
            String line = raw.strip();
            if (line.length() < 2 || line.charAt(1) != '=') {
                continue;
            }
            char type = line.charAt(0);
            String value = line.substring(2);
            if (type == 'm') {
                if (offer.media.size() == MAX_MEDIA) {
                    throw new SdpException("too_many_media", "more than " + MAX_MEDIA + " m= sections");
                }
                m = media(value);
                offer.media.add(m);
            } else if (type == 'a') {
                attribute(offer, m, value);
            }
        }
        for (SdpOffer.Media x : offer.media) {
            if (x.iceUfrag == null) {
                x.iceUfrag = offer.iceUfrag;
            }
            if (x.icePwd == null) {
                x.icePwd = offer.icePwd;
            }
            if (x.fingerprint == null) {
                x.fingerprint = offer.fingerprint;
                x.fingerprintAlgorithm = offer.fingerprintAlgorithm;
            }
            if (x.setup == null) {
                x.setup = offer.setup;
            }
        }
        return offer;
    }

    // RFC 8866 §5.14: m=<media> <port> <proto> <fmt> ...
    private static SdpOffer.Media media(String value) {
        String[] f = value.trim().split("\\s+");
        if (f.length < 3) {
            throw new SdpException("bad_media_line", "malformed m= line: " + abbreviate(value));
        }
        SdpOffer.Media m = new SdpOffer.Media();
        m.kind = f[0].toLowerCase(Locale.ROOT);
        m.port = integer(f[1].split("/")[0], "m= port");
        m.protocol = f[2];
        for (int i = 3; i < f.length; i++) {
            if (f[i].matches("\\d{1,3}")) {
                m.formats.add(Integer.parseInt(f[i]));
            }
        }
        return m;
    }

    private static void attribute(SdpOffer offer, SdpOffer.Media m, String value) {
        int colon = value.indexOf(':');
        String name = colon < 0 ? value : value.substring(0, colon);
        String arg = colon < 0 ? "" : value.substring(colon + 1).trim();
        switch (name) {
            case "group" -> {
                String[] f = arg.split("\\s+");
                if (f.length > 1 && f[0].equals("BUNDLE")) {
                    for (int i = 1; i < f.length; i++) {
                        offer.bundle.add(f[i]);
                    }
                }
            }
            case "ice-ufrag" -> {
                if (m == null) {
                    offer.iceUfrag = arg;
                } else {
                    m.iceUfrag = arg;
                }
            }
            case "ice-pwd" -> {
                if (m == null) {
                    offer.icePwd = arg;
                } else {
                    m.icePwd = arg;
                }
            }
            case "fingerprint" -> {
                String[] f = arg.split("\\s+");
                if (f.length == 2) {
                    if (m == null) {
                        offer.fingerprintAlgorithm = f[0].toLowerCase(Locale.ROOT);
                        offer.fingerprint = f[1].toUpperCase(Locale.ROOT);
                    } else {
                        m.fingerprintAlgorithm = f[0].toLowerCase(Locale.ROOT);
                        m.fingerprint = f[1].toUpperCase(Locale.ROOT);
                    }
                }
            }
            case "setup" -> {
                if (m == null) {
                    offer.setup = arg;
                } else {
                    m.setup = arg;
                }
            }
            default -> {
                if (m != null) {
                    mediaAttribute(m, name, arg);
                }
            }
        }
    }

    private static void mediaAttribute(SdpOffer.Media m, String name, String arg) {
        switch (name) {
            case "mid" -> m.mid = arg;
            case "sendrecv", "recvonly", "sendonly", "inactive" -> m.direction = name;
            case "rtcp-mux" -> m.rtcpMux = true;
            case "rtcp-rsize" -> m.rtcpRsize = true;
            case "candidate" -> {
                if (m.candidates.size() < 64) {
                    m.candidates.add(arg);
                }
            }
            case "extmap" -> {
                String[] f = arg.split("\\s+");
                if (f.length >= 2) {
                    m.extmaps.add(new String[] { f[0].split("/")[0], f[1] });
                }
            }
            case "rtpmap" -> {
                // a=rtpmap:<pt> <name>/<clock>[/<channels>]
                String[] f = arg.split("\\s+", 2);
                if (f.length == 2) {
                    String[] enc = f[1].split("/");
                    SdpOffer.Codec c = codec(m, f[0]);
                    if (c != null) {
                        c.name = enc[0];
                        c.clockRate = enc.length > 1 && enc[1].matches("\\d{1,9}") ? Integer.parseInt(enc[1]) : 0;
                    }
                }
            }
            case "fmtp" -> {
                String[] f = arg.split("\\s+", 2);
                SdpOffer.Codec c = codec(m, f[0]);
                if (c != null && f.length == 2) {
                    c.fmtp = f[1];
                }
            }
            case "rtcp-fb" -> {
                String[] f = arg.split("\\s+", 2);
                if (f.length == 2) {
                    if (f[0].equals("*")) {
                        for (int pt : m.formats) {
                            SdpOffer.Codec c = codec(m, Integer.toString(pt));
                            if (c != null) {
                                c.feedback.add(f[1]);
                            }
                        }
                    } else {
                        SdpOffer.Codec c = codec(m, f[0]);
                        if (c != null) {
                            c.feedback.add(f[1]);
                        }
                    }
                }
            }
            default -> {
                // not needed for the answer
            }
        }
    }

    /** The codec entry of a payload type listed on the m= line, created on first mention. */
    private static SdpOffer.Codec codec(SdpOffer.Media m, String pt) {
        if (!pt.matches("\\d{1,3}")) {
            return null;
        }
        int n = Integer.parseInt(pt);
        if (!m.formats.contains(n)) {
            return null;
        }
        SdpOffer.Codec c = m.codec(n);
        if (c == null) {
            c = new SdpOffer.Codec();
            c.payloadType = n;
            m.codecs.add(c);
        }
        return c;
    }

    private static int integer(String s, String what) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new SdpException("bad_media_line", what + " is not a number: " + abbreviate(s));
        }
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
