package io.rotordream.rtp;

import java.nio.ByteBuffer;

/**
 * Reads a compound RTCP packet and reports its items to a {@link RtcpListener}. Defensive: every
 * length is checked against the bytes present, and a malformed packet stops the walk (RFC 3550
 * A.2 validity checks, relaxed so reduced-size RTCP of RFC 5506 is accepted too). One parser per
 * thread; it reuses its objects.
 */
public final class RtcpParser {

    private final ReportBlock block = new ReportBlock();
    private final TransportFeedback transportFeedback = new TransportFeedback();
    private final int[] ssrcs = new int[255];

    /** @return whether the whole buffer was well-formed RTCP */
    public boolean parse(ByteBuffer b, int at, int length, RtcpListener l) {
        int end = at + length;
        int p = at;
        if (length < 4) {
            return false;
        }
        while (p + 4 <= end) {
            int first = b.get(p) & 0xff;
            if ((first & 0xc0) != 0x80) {
                return false;
            }
            int count = first & 0x1f;
            int type = b.get(p + 1) & 0xff;
            int len = 4 * ((b.getShort(p + 2) & 0xffff) + 1);
            if (p + len > end) {
                return false;
            }
            int body = len;
            if ((first & 0x20) != 0) {
                int pad = b.get(p + len - 1) & 0xff;
                if (pad == 0 || pad > len - 4) {
                    return false;
                }
                body -= pad;
            }
            if (!item(b, p, count, type, body, l)) {
                return false;
            }
            p += len;
        }
        return p == end;
    }

    private boolean item(ByteBuffer b, int p, int count, int type, int len, RtcpListener l) {
        switch (type) {
            case RtcpWriter.SR -> {
                if (len < 28 + count * ReportBlock.SIZE) {
                    return false;
                }
                int ssrc = b.getInt(p + 4);
                l.senderReport(ssrc, b.getLong(p + 8), b.getInt(p + 16) & 0xffffffffL, b.getInt(p + 20) & 0xffffffffL,
                        b.getInt(p + 24) & 0xffffffffL);
                blocks(b, p + 28, count, ssrc, l);
            }
            case RtcpWriter.RR -> {
                if (len < 8 + count * ReportBlock.SIZE) {
                    return false;
                }
                blocks(b, p + 8, count, b.getInt(p + 4), l);
            }
            case RtcpWriter.SDES -> {
                return sdes(b, p + 4, p + len, count, l);
            }
            case RtcpWriter.BYE -> {
                if (len < 4 + 4 * count) {
                    return false;
                }
                for (int i = 0; i < count; i++) {
                    l.bye(b.getInt(p + 4 + 4 * i));
                }
            }
            case RtcpWriter.RTPFB -> {
                if (len < 12) {
                    return false;
                }
                if (count == RtcpWriter.FMT_NACK) {
                    for (int q = p + 12; q + 4 <= p + len; q += 4) {
                        l.nack(b.getInt(p + 4), b.getInt(p + 8), b.getShort(q) & 0xffff, b.getShort(q + 2) & 0xffff);
                    }
                } else if (count == TransportFeedback.FMT) {
                    if (!transportFeedback.parse(b, p, len)) {
                        return false;
                    }
                    l.transportFeedback(b.getInt(p + 4), b.getInt(p + 8), transportFeedback);
                }
            }
            case RtcpWriter.PSFB -> {
                return feedback(b, p, count, len, l);
            }
            default -> {
                // APP, XR and others are skipped by length
            }
        }
        return true;
    }

    private void blocks(ByteBuffer b, int at, int count, int reporter, RtcpListener l) {
        for (int i = 0; i < count; i++) {
            block.read(b, at + i * ReportBlock.SIZE);
            l.reportBlock(reporter, block);
        }
    }

    private boolean sdes(ByteBuffer b, int p, int end, int count, RtcpListener l) {
        for (int c = 0; c < count; c++) {
            if (p + 4 > end) {
                return false;
            }
            int ssrc = b.getInt(p);
            p += 4;
            while (true) {
                if (p >= end) {
                    return false;
                }
                int itemType = b.get(p) & 0xff;
                if (itemType == 0) {
                    p = (p + 4) & ~3;
                    break;
                }
                if (p + 2 > end || p + 2 + (b.get(p + 1) & 0xff) > end) {
                    return false;
                }
                int n = b.get(p + 1) & 0xff;
                if (itemType == 1) {
                    l.cname(ssrc, b, p + 2, n);
                }
                p += 2 + n;
            }
        }
        return true;
    }

    private boolean feedback(ByteBuffer b, int p, int fmt, int len, RtcpListener l) {
        if (len < 12) {
            return false;
        }
        int sender = b.getInt(p + 4);
        int media = b.getInt(p + 8);
        if (fmt == RtcpWriter.FMT_PLI) {
            l.pli(sender, media);
        } else if (fmt == RtcpWriter.FMT_FIR) {
            for (int q = p + 12; q + 8 <= p + len; q += 8) {
                l.fir(sender, b.getInt(q), b.get(q + 4) & 0xff);
            }
        } else if (fmt == RtcpWriter.FMT_AFB && len >= 20 && b.getInt(p + 12) == RtcpWriter.REMB_ID) {
            int w = b.getInt(p + 16);
            int n = (w >>> 24) & 0xff;
            if (len < 20 + 4 * n) {
                return false;
            }
            long bitrate = (long) (w & 0x3ffff) << ((w >>> 18) & 0x3f);
            for (int i = 0; i < n; i++) {
                ssrcs[i] = b.getInt(p + 20 + 4 * i);
            }
            l.remb(sender, bitrate, ssrcs, n);
        }
        return true;
    }
}
