package io.rotordream.rtp;

/**
 * NTP timestamps as RTCP carries them (RFC 3550 §4): 64-bit, seconds since 1900 in the high word,
 * the fraction in the low; the "compact" form is the middle 32 bits (16.16), used by LSR and DLSR.
 */
public final class NtpTime {

    /** Seconds from 1900-01-01 to 1970-01-01. */
    public static final long EPOCH_OFFSET_SECONDS = 2_208_988_800L;

    private NtpTime() {
    }

    public static long fromEpochMicros(long micros) {
        long seconds = Math.floorDiv(micros, 1_000_000L);
        long rest = Math.floorMod(micros, 1_000_000L);
        return ((seconds + EPOCH_OFFSET_SECONDS) << 32) | ((rest << 32) / 1_000_000L);
    }

    public static long toEpochMicros(long ntp) {
        long seconds = (ntp >>> 32) - EPOCH_OFFSET_SECONDS;
        long fraction = ntp & 0xffffffffL;
        return seconds * 1_000_000L + ((fraction * 1_000_000L) >>> 32);
    }

    /** The middle 32 bits: what an RR's LSR field holds for this SR. */
    public static long compact(long ntp) {
        return (ntp >>> 16) & 0xffffffffL;
    }

    /** A compact duration (DLSR, a round trip) in microseconds. */
    public static long compactToMicros(long compact) {
        return ((compact & 0xffffffffL) * 1_000_000L) >>> 16;
    }

    public static long microsToCompact(long micros) {
        return ((micros << 16) / 1_000_000L) & 0xffffffffL;
    }

    /**
     * Round-trip time from a report block (RFC 3550 §6.4.1): arrival time of the report, less the
     * SR's time it echoes (LSR), less the time the receiver held it (DLSR).
     *
     * @param arrivalNtp when the report arrived, full NTP on the sender's clock
     * @return microseconds, or -1 when the receiver has not received an SR yet (LSR 0) or the
     *     figures are inconsistent
     */
    public static long roundTripMicros(long arrivalNtp, long lsr, long dlsr) {
        if (lsr == 0) {
            return -1;
        }
        long rtt = (compact(arrivalNtp) - lsr - dlsr) & 0xffffffffL;
        if (rtt > 0x7fffffffL) {
            return -1;
        }
        return compactToMicros(rtt);
    }
}
