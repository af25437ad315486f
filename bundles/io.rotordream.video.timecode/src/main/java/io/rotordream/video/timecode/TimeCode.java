package io.rotordream.video.timecode;

/** The payload of one frame's time code and its layout on a picture of a given width. */
public final class TimeCode {

    public static final int COLUMNS = 48;
    public static final int ROWS = 2;
    public static final int BITS = COLUMNS * ROWS;
    /** Band size in blocks, including the one-block black margin around the code. */
    public static final int BAND_COLUMNS = COLUMNS + 2;
    public static final int BAND_ROWS = ROWS + 2;
    public static final int WHITE = 235;
    public static final int BLACK = 16;
    private static final long MICROS_MASK = (1L << 48) - 1;

    private TimeCode() {
    }

    /** Block size in pixels for a picture of this width. */
    public static int blockSize(int width) {
        return Math.max(4, (width / 52) & ~1);
    }

    /** Smallest picture that can carry the code. */
    public static boolean fits(int width, int height) {
        int s = blockSize(width);
        return BAND_COLUMNS * s <= width && BAND_ROWS * s <= height;
    }

    /** The 96 bits, most significant first, as 12 bytes. */
    public static byte[] payload(long sequence, long epochMicros) {
        byte[] b = new byte[12];
        write(b, sequence, epochMicros);
        return b;
    }

    /** Writes the 12 payload bytes into {@code out} (reused by the writer: no allocation per frame). */
    public static void write(byte[] out, long sequence, long epochMicros) {
        int seq = (int) sequence;
        long micros = epochMicros & MICROS_MASK;
        out[0] = (byte) (seq >>> 24);
        out[1] = (byte) (seq >>> 16);
        out[2] = (byte) (seq >>> 8);
        out[3] = (byte) seq;
        for (int i = 0; i < 6; i++) {
            out[4 + i] = (byte) (micros >>> (40 - 8 * i));
        }
        int crc = crc16(out, 10);
        out[10] = (byte) (crc >>> 8);
        out[11] = (byte) crc;
    }

    static boolean bit(byte[] payload, int index) {
        return (payload[index >>> 3] & (0x80 >>> (index & 7))) != 0;
    }

    /** CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, no reflection. */
    static int crc16(byte[] data, int length) {
        int crc = 0xFFFF;
        for (int i = 0; i < length; i++) {
            crc ^= (data[i] & 0xff) << 8;
            for (int b = 0; b < 8; b++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
        }
        return crc & 0xFFFF;
    }

    /** Unwraps the 48-bit microsecond field against a nearby full time (e.g. the receiver's clock). */
    public static long unwrapMicros(long micros48, long nearEpochMicros) {
        long base = nearEpochMicros & ~MICROS_MASK;
        long candidate = base | (micros48 & MICROS_MASK);
        long half = 1L << 47;
        if (candidate - nearEpochMicros > half) {
            candidate -= 1L << 48;
        } else if (nearEpochMicros - candidate > half) {
            candidate += 1L << 48;
        }
        return candidate;
    }
}
