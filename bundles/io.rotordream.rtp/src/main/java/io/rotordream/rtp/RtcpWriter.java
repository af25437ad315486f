package io.rotordream.rtp;

import java.nio.ByteBuffer;

/**
 * RTCP packets written at an absolute index, each returning its length in bytes; concatenate them
 * for a compound packet (RFC 3550 §6.1: an SR or RR first, then an SDES with CNAME).
 */
public final class RtcpWriter {

    public static final int SR = 200;
    public static final int RR = 201;
    public static final int SDES = 202;
    public static final int BYE = 203;
    /** Transport-layer feedback (RFC 4585 §6.2). */
    public static final int RTPFB = 205;
    /** Payload-specific feedback (RFC 4585 §6.3). */
    public static final int PSFB = 206;
    public static final int FMT_NACK = 1;
    public static final int FMT_PLI = 1;
    public static final int FMT_FIR = 4;
    public static final int FMT_AFB = 15;
    /** "REMB" as the unique identifier of an application layer feedback message. */
    public static final int REMB_ID = 0x52454d42;

    private RtcpWriter() {
    }

    private static void header(ByteBuffer b, int at, int count, int type, int bytes) {
        b.put(at, (byte) (0x80 | (count & 0x1f)));
        b.put(at + 1, (byte) type);
        b.putShort(at + 2, (short) (bytes / 4 - 1));
    }

    /** Sender report (RFC 3550 §6.4.1) with {@code count} report blocks from {@code blocks}. */
    public static int senderReport(ByteBuffer b, int at, int ssrc, long ntp, long rtpTimestamp, long packets,
            long octets, ReportBlock[] blocks, int count) {
        int len = 28 + count * ReportBlock.SIZE;
        header(b, at, count, SR, len);
        b.putInt(at + 4, ssrc);
        b.putLong(at + 8, ntp);
        b.putInt(at + 16, (int) rtpTimestamp);
        b.putInt(at + 20, (int) packets);
        b.putInt(at + 24, (int) octets);
        for (int i = 0; i < count; i++) {
            blocks[i].write(b, at + 28 + i * ReportBlock.SIZE);
        }
        return len;
    }

    /** Receiver report (RFC 3550 §6.4.2). */
    public static int receiverReport(ByteBuffer b, int at, int ssrc, ReportBlock[] blocks, int count) {
        int len = 8 + count * ReportBlock.SIZE;
        header(b, at, count, RR, len);
        b.putInt(at + 4, ssrc);
        for (int i = 0; i < count; i++) {
            blocks[i].write(b, at + 8 + i * ReportBlock.SIZE);
        }
        return len;
    }

    /** SDES with one chunk holding a CNAME (RFC 3550 §6.5.1); {@code cname} is at most 255 bytes of UTF-8. */
    public static int sdesCname(ByteBuffer b, int at, int ssrc, byte[] cname) {
        int n = Math.min(255, cname.length);
        // chunk: SSRC, CNAME item (type, length, text), then at least one null octet up to a 32-bit boundary
        int chunk = (4 + 2 + n + 1 + 3) & ~3;
        int len = 4 + chunk;
        header(b, at, 1, SDES, len);
        b.putInt(at + 4, ssrc);
        b.put(at + 8, (byte) 1);
        b.put(at + 9, (byte) n);
        b.put(at + 10, cname, 0, n);
        for (int p = at + 10 + n; p < at + len; p++) {
            b.put(p, (byte) 0);
        }
        return len;
    }

    /** BYE for one source (RFC 3550 §6.6), no reason. */
    public static int bye(ByteBuffer b, int at, int ssrc) {
        header(b, at, 1, BYE, 8);
        b.putInt(at + 4, ssrc);
        return 8;
    }

    /** Generic NACK (RFC 4585 §6.2.1): packet {@code pid} and the bitmask {@code blp} of the 16 after it. */
    public static int genericNack(ByteBuffer b, int at, int senderSsrc, int mediaSsrc, int pid, int blp) {
        header(b, at, FMT_NACK, RTPFB, 16);
        b.putInt(at + 4, senderSsrc);
        b.putInt(at + 8, mediaSsrc);
        b.putShort(at + 12, (short) pid);
        b.putShort(at + 14, (short) blp);
        return 16;
    }

    /** Picture loss indication (RFC 4585 §6.3.1). */
    public static int pli(ByteBuffer b, int at, int senderSsrc, int mediaSsrc) {
        header(b, at, FMT_PLI, PSFB, 12);
        b.putInt(at + 4, senderSsrc);
        b.putInt(at + 8, mediaSsrc);
        return 12;
    }

    /** Full intra request (RFC 5104 §4.3.1); the media source SSRC field is 0, the target is in the FCI. */
    public static int fir(ByteBuffer b, int at, int senderSsrc, int mediaSsrc, int sequence) {
        header(b, at, FMT_FIR, PSFB, 20);
        b.putInt(at + 4, senderSsrc);
        b.putInt(at + 8, 0);
        b.putInt(at + 12, mediaSsrc);
        b.putInt(at + 16, (sequence & 0xff) << 24);
        return 20;
    }

    /** Receiver estimated maximum bitrate (draft-alvestrand-rmcat-remb §2.2). */
    public static int remb(ByteBuffer b, int at, int senderSsrc, long bitrate, int[] ssrcs, int count) {
        int exp = 0;
        long mantissa = Math.max(0, bitrate);
        while (mantissa > 0x3ffff) {
            mantissa >>= 1;
            exp++;
        }
        int len = 20 + 4 * count;
        header(b, at, FMT_AFB, PSFB, len);
        b.putInt(at + 4, senderSsrc);
        b.putInt(at + 8, 0);
        b.putInt(at + 12, REMB_ID);
        b.putInt(at + 16, (count & 0xff) << 24 | exp << 18 | (int) mantissa);
        for (int i = 0; i < count; i++) {
            b.putInt(at + 20 + 4 * i, ssrcs[i]);
        }
        return len;
    }
}
