package io.rotordream.video.timecode;

/** Reads the time code back from a decoded picture's luma. */
public final class TimeCodeReader {

    /** A time code read and verified by its CRC. */
    public static final class Reading {
        public final long sequence;
        /** Capture time, microseconds since the epoch modulo 2^48 (see {@link TimeCode#unwrapMicros}). */
        public final long epochMicros48;

        Reading(long sequence, long epochMicros48) {
            this.sequence = sequence;
            this.epochMicros48 = epochMicros48;
        }

        /** Capture time in full microseconds since the epoch, given a clock reading near it. */
        public long epochMicros(long nearEpochMicros) {
            return TimeCode.unwrapMicros(epochMicros48, nearEpochMicros);
        }

        @Override
        public String toString() {
            return "#" + sequence + " @" + epochMicros48 + "us";
        }
    }

    /** Luma at a pixel, 0..255, whatever the picture's memory layout. */
    @FunctionalInterface
    public interface Luma {
        int at(int x, int y);
    }

    private TimeCodeReader() {
    }

    /** @return the reading, or {@code null} when no valid code is there (CRC mismatch) */
    public static Reading read(byte[] luma, int offset, int stride, int width) {
        return read((x, y) -> luma[offset + y * stride + x] & 0xff, width);
    }

    /**
     * Samples the middle half of each block (away from compression ringing at the edges) and
     * thresholds at mid-grey.
     */
    public static Reading read(Luma luma, int width) {
        int s = TimeCode.blockSize(width);
        int inset = s / 4;
        int span = Math.max(1, s / 2);
        byte[] bytes = new byte[12];
        for (int i = 0; i < TimeCode.BITS; i++) {
            int bx = 1 + i % TimeCode.COLUMNS;
            int by = 1 + i / TimeCode.COLUMNS;
            int sum = 0;
            for (int y = 0; y < span; y++) {
                for (int x = 0; x < span; x++) {
                    sum += luma.at(bx * s + inset + x, by * s + inset + y);
                }
            }
            if (sum / (span * span) >= 128) {
                bytes[i >>> 3] |= (byte) (0x80 >>> (i & 7));
            }
        }
        int crc = ((bytes[10] & 0xff) << 8) | (bytes[11] & 0xff);
        if (TimeCode.crc16(bytes, 10) != crc) {
            return null;
        }
        long seq = ((bytes[0] & 0xffL) << 24) | ((bytes[1] & 0xffL) << 16) | ((bytes[2] & 0xffL) << 8) | (bytes[3] & 0xffL);
        long micros = 0;
        for (int i = 0; i < 6; i++) {
            micros = (micros << 8) | (bytes[4 + i] & 0xffL);
        }
        return new Reading(seq, micros);
    }
}
