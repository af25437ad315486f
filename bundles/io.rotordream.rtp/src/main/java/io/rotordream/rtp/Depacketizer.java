package io.rotordream.rtp;

import java.nio.ByteBuffer;

/**
 * RTP payloads back to Annex B NAL units (start code 00 00 00 01 before each), for receivers and
 * for testing the packetizers: single NAL units, STAP-A/AP and FU-A/FU of RFC 6184 and RFC 7798.
 * A fragmented NAL unit whose start was lost is skipped until the next start.
 */
public final class Depacketizer {

    private final boolean h265;
    private boolean inFragment;

    private Depacketizer(boolean h265) {
        this.h265 = h265;
    }

    public static Depacketizer h264() {
        return new Depacketizer(false);
    }

    public static Depacketizer h265() {
        return new Depacketizer(true);
    }

    /**
     * Appends the NAL units of one payload to {@code out} (relative puts).
     *
     * @return false when the payload is malformed or continues a fragment whose start was lost
     */
    public boolean depacketize(ByteBuffer src, int at, int length, ByteBuffer out) {
        int hs = h265 ? 2 : 1;
        if (length <= hs) {
            return false;
        }
        int type = h265 ? (src.get(at) >> 1) & 0x3f : src.get(at) & 0x1f;
        int aggregate = h265 ? H265Packetizer.AP : H264Packetizer.STAP_A;
        int fragment = h265 ? H265Packetizer.FU : H264Packetizer.FU_A;
        if (type == aggregate) {
            inFragment = false;
            int p = at + hs;
            int end = at + length;
            while (p + 2 <= end) {
                int n = src.getShort(p) & 0xffff;
                if (n == 0 || p + 2 + n > end) {
                    return false;
                }
                nal(src, p + 2, n, out);
                p += 2 + n;
            }
            return p == end;
        }
        if (type == fragment) {
            return fragment(src, at, length, out);
        }
        inFragment = false;
        nal(src, at, length, out);
        return true;
    }

    private boolean fragment(ByteBuffer src, int at, int length, ByteBuffer out) {
        int fuHeaderAt = at + (h265 ? 2 : 1);
        if (length <= fuHeaderAt - at + 1) {
            return false;
        }
        int fu = src.get(fuHeaderAt) & 0xff;
        boolean start = (fu & 0x80) != 0;
        boolean end = (fu & 0x40) != 0;
        if (start) {
            out.putInt(1);
            if (h265) {
                int ph = src.getShort(at) & 0xffff;
                out.putShort((short) ((ph & 0x81ff) | ((fu & 0x3f) << 9)));
            } else {
                out.put((byte) ((src.get(at) & 0xe0) | (fu & 0x1f)));
            }
            inFragment = true;
        } else if (!inFragment) {
            return false;
        }
        out.put(out.position(), src, fuHeaderAt + 1, length - (fuHeaderAt + 1 - at));
        out.position(out.position() + length - (fuHeaderAt + 1 - at));
        if (end) {
            inFragment = false;
        }
        return true;
    }

    private static void nal(ByteBuffer src, int at, int length, ByteBuffer out) {
        out.putInt(1);
        out.put(out.position(), src, at, length);
        out.position(out.position() + length);
    }
}
