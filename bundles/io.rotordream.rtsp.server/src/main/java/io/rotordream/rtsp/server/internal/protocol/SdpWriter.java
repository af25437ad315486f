package io.rotordream.rtsp.server.internal.protocol;

import java.util.Base64;
import java.util.Locale;

/**
 * The session description a DESCRIBE answers with (RFC 4566, RFC 2326 Appendix C): one video
 * track, dynamic payload type 96 at 90 kHz, with the parameter sets of the running encoder so a
 * player can set up its decoder before the first keyframe (RFC 6184 §8.1, RFC 7798 §7.1).
 */
public final class SdpWriter {

    public static final int PAYLOAD_TYPE = 96;
    public static final String TRACK = "trackID=0";

    private SdpWriter() {
    }

    /**
     * @param h265 whether the stream is H.265
     * @param vps H.265 only, else ignored
     * @param fps frames per second, 0 when unknown
     * @param multicast "group/ttl" when the stream is offered on multicast, else {@code null}
     */
    public static String describe(String mount, String serverAddress, long sessionId, boolean h265, byte[] vps,
            byte[] sps, byte[] pps, double fps, String multicast) {
        StringBuilder s = new StringBuilder(512);
        String ipVersion = serverAddress.contains(":") ? "IP6" : "IP4";
        s.append("v=0\r\n");
        s.append("o=- ").append(sessionId).append(' ').append(sessionId).append(" IN ").append(ipVersion).append(' ')
                .append(serverAddress).append("\r\n");
        s.append("s=RotorDream ").append(mount).append("\r\n");
        s.append("c=IN IP4 ").append(multicast == null ? "0.0.0.0" : multicast).append("\r\n");
        s.append("t=0 0\r\n");
        s.append("a=tool:RotorDream\r\n");
        s.append("a=range:npt=0-\r\n");
        s.append("a=control:*\r\n");
        s.append("m=video 0 RTP/AVP ").append(PAYLOAD_TYPE).append("\r\n");
        if (h265) {
            s.append("a=rtpmap:").append(PAYLOAD_TYPE).append(" H265/90000\r\n");
            s.append("a=fmtp:").append(PAYLOAD_TYPE).append(" sprop-vps=").append(b64(vps)).append(";sprop-sps=")
                    .append(b64(sps)).append(";sprop-pps=").append(b64(pps)).append("\r\n");
        } else {
            s.append("a=rtpmap:").append(PAYLOAD_TYPE).append(" H264/90000\r\n");
            s.append("a=fmtp:").append(PAYLOAD_TYPE).append(" packetization-mode=1");
            if (sps != null && sps.length >= 4) {
                s.append(";profile-level-id=")
                        .append(String.format(Locale.ROOT, "%02x%02x%02x", sps[1] & 0xff, sps[2] & 0xff, sps[3] & 0xff));
            }
            if (sps != null && pps != null) {
                s.append(";sprop-parameter-sets=").append(b64(sps)).append(',').append(b64(pps));
            }
            s.append("\r\n");
        }
        if (fps > 0) {
            s.append("a=framerate:").append(String.format(Locale.ROOT, "%.3f", fps).replaceAll("\\.?0+$", ""))
                    .append("\r\n");
        }
        s.append("a=control:").append(TRACK).append("\r\n");
        return s.toString();
    }

    private static String b64(byte[] nal) {
        return nal == null ? "" : Base64.getEncoder().encodeToString(nal);
    }
}
