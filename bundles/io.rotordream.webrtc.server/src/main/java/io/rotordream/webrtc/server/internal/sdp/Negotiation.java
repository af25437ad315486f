package io.rotordream.webrtc.server.internal.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides what to send for an offer: the one video section served, the payload type of the
 * stream's codec among those offered, RTX, feedback and the transport-wide sequence extension;
 * every other section is rejected (port 0). An offer that cannot be served raises
 * {@link SdpException} naming why.
 */
public final class Negotiation {

    public static final Set<String> FINGERPRINT_ALGORITHMS = Set.of("sha-1", "sha-256", "sha-384", "sha-512");

    public final SdpOffer offer;
    public final SdpOffer.Media video;
    public final SdpOffer.Codec codec;
    /** Payload type of RTX for the chosen codec, -1 when not offered. */
    public final int rtxPayloadType;
    /** a=extmap id of the transport-wide sequence number, -1 when not used. */
    public final int transportCcId;
    public final List<String> feedback;

    private Negotiation(SdpOffer offer, SdpOffer.Media video, SdpOffer.Codec codec, int rtxPayloadType,
            int transportCcId, List<String> feedback) {
        this.offer = offer;
        this.video = video;
        this.codec = codec;
        this.rtxPayloadType = rtxPayloadType;
        this.transportCcId = transportCcId;
        this.feedback = feedback;
    }

    /**
     * @param codecName the stream's RTP encoding name, {@code H264} or {@code H265}
     * @param streamProfileIdc the stream's H.264 profile_idc (from its SPS), or -1 when unknown
     */
    public static Negotiation of(SdpOffer offer, String codecName, int streamProfileIdc) {
        SdpOffer.Media video = null;
        for (SdpOffer.Media m : offer.media) {
            if (m.kind.equals("video") && m.port != 0 && m.protocol.toUpperCase(Locale.ROOT).contains("SAVP")
                    && (m.direction.equals("recvonly") || m.direction.equals("sendrecv")) && m.mid != null) {
                video = m;
                break;
            }
        }
        if (video == null) {
            throw new SdpException("no_video", "the offer has no video m= section with a mid, DTLS-SRTP "
                    + "(UDP/TLS/RTP/SAVPF) and direction recvonly or sendrecv");
        }
        if (video.iceUfrag == null || video.icePwd == null || video.iceUfrag.length() < 4 || video.icePwd.length() < 22
                || video.iceUfrag.length() > 256 || video.icePwd.length() > 256) {
            throw new SdpException("no_ice_credentials",
                    "the offer lacks a=ice-ufrag (4..256 chars) and a=ice-pwd (22..256 chars), RFC 8839 §5.4");
        }
        if (video.fingerprint == null || !FINGERPRINT_ALGORITHMS.contains(video.fingerprintAlgorithm)) {
            throw new SdpException("no_fingerprint",
                    "the offer lacks a DTLS a=fingerprint (sha-256 and the like), RFC 8122 §5");
        }
        if ("passive".equals(video.setup)) {
            throw new SdpException("setup_conflict", "the offer's a=setup:passive leaves no DTLS client: this "
                    + "server is always passive (RFC 8842 §5.2); offer actpass or active");
        }
        if (!video.rtcpMux) {
            throw new SdpException("no_rtcp_mux", "the offer lacks a=rtcp-mux; this server multiplexes RTP and "
                    + "RTCP on one port (RFC 8035)");
        }
        SdpOffer.Codec codec = choose(video, codecName, streamProfileIdc);
        int rtx = -1;
        for (SdpOffer.Codec c : video.codecs) {
            if ("rtx".equalsIgnoreCase(c.name) && Integer.toString(codec.payloadType).equals(c.param("apt"))) {
                rtx = c.payloadType;
                break;
            }
        }
        List<String> fb = new ArrayList<>();
        for (String f : List.of("nack", "nack pli", "ccm fir", "goog-remb", "transport-cc")) {
            if (codec.hasFeedback(f)) {
                fb.add(f);
            }
        }
        int twcc = fb.contains("transport-cc") ? video.extmapId(io.rotordream.rtp.TransportFeedback.EXTENSION_URI) : -1;
        if (twcc < 1 || twcc > 14) {
            twcc = -1;
            fb.remove("transport-cc");
        }
        return new Negotiation(offer, video, codec, rtx, twcc, List.copyOf(fb));
    }

    private static SdpOffer.Codec choose(SdpOffer.Media video, String codecName, int streamProfileIdc) {
        SdpOffer.Codec best = null;
        int bestScore = -1;
        List<String> offered = new ArrayList<>();
        for (SdpOffer.Codec c : video.codecs) {
            if (c.name == null) {
                continue;
            }
            if (!offered.contains(c.name) && !c.name.equalsIgnoreCase("rtx") && !c.name.equalsIgnoreCase("red")
                    && !c.name.equalsIgnoreCase("ulpfec")) {
                offered.add(c.name);
            }
            if (!c.name.equalsIgnoreCase(codecName) || c.clockRate != 90000) {
                continue;
            }
            int score = score(c, codecName, streamProfileIdc);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new SdpException("no_common_codec", "the stream is " + codecName + " but the offer has only "
                    + (offered.isEmpty() ? "no codec" : String.join(", ", offered))
                    + (codecName.equals("H264") ? " (H.264 needs packetization-mode=1)" : ""));
        }
        return best;
    }

    /** H.264: packetization-mode 1 only (FU-A, STAP-A); the stream's own profile first, then High, Main, Baseline. */
    private static int score(SdpOffer.Codec c, String codecName, int streamProfileIdc) {
        if (!codecName.equals("H264")) {
            return 1;
        }
        if (!"1".equals(c.param("packetization-mode"))) {
            return -1;
        }
        String pli = c.param("profile-level-id");
        int idc = pli != null && pli.matches("[0-9a-fA-F]{6}") ? Integer.parseInt(pli.substring(0, 2), 16) : 0x42;
        if (idc == streamProfileIdc) {
            return 100;
        }
        return switch (idc) {
            case 0x64 -> 40;
            case 0x4d -> 30;
            case 0x42 -> 20;
            default -> 10;
        };
    }

    /** The answer's fmtp for the chosen codec: the browser's own profile-level-id (RFC 6184 §8.2.2). */
    public String answerFmtp() {
        if (codec.name.equalsIgnoreCase("H264")) {
            String pli = codec.param("profile-level-id");
            return "level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=" + (pli == null ? "42e01f" : pli);
        }
        return codec.fmtp;
    }
}
