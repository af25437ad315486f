package io.rotordream.rtp;

/**
 * What a receiver knows about one source, for its report blocks: the extended highest sequence
 * number with wrap-around and restart detection (RFC 3550 A.1), packets lost cumulatively and in
 * the last interval (A.3), and the interarrival jitter (A.8).
 */
public final class ReceiverStatistics {

    private static final int MAX_DROPOUT = 3000;
    private static final int MAX_MISORDER = 100;
    private static final int SEQ_MOD = 1 << 16;

    private final int clockRate;
    private int maxSeq;
    private long cycles;
    private long baseSeq;
    private long badSeq = SEQ_MOD + 1;
    private long received;
    private long expectedPrior;
    private long receivedPrior;
    private long transit;
    private double jitter;
    private boolean started;
    private long lastSr;
    private long lastSrArrivalMicros;

    /** @param clockRate the payload's RTP clock, 90000 for video */
    public ReceiverStatistics(int clockRate) {
        this.clockRate = clockRate;
    }

    /**
     * One packet arrived.
     *
     * @param arrivalMicros arrival time on any monotonic clock, in microseconds
     */
    public void received(int sequence, long rtpTimestamp, long arrivalMicros) {
        int seq = sequence & 0xffff;
        if (!started) {
            init(seq);
            maxSeq = seq - 1;
            started = true;
        }
        int delta = (seq - maxSeq) & 0xffff;
        if (delta < MAX_DROPOUT) {
            if (seq < maxSeq) {
                cycles += SEQ_MOD;
            }
            maxSeq = seq;
        } else if (delta <= SEQ_MOD - MAX_MISORDER) {
            // a large jump: the source restarted if the next packet follows this one (A.1)
            if (seq == badSeq) {
                init(seq);
            } else {
                badSeq = (seq + 1) & (SEQ_MOD - 1);
                return;
            }
        }
        received++;
        // A.8: J += (|D| - J) / 16, with transit times in timestamp units
        long arrival = arrivalMicros * clockRate / 1_000_000L;
        long t = arrival - (rtpTimestamp & 0xffffffffL);
        if (received > 1) {
            long d = Math.abs(t - transit);
            jitter += (d - jitter) / 16.0;
        }
        transit = t;
    }

    private void init(int seq) {
        baseSeq = seq;
        maxSeq = seq;
        badSeq = SEQ_MOD + 1;
        cycles = 0;
        received = 0;
        receivedPrior = 0;
        expectedPrior = 0;
    }

    /** A sender report arrived from this source: its LSR and arrival feed the next report's DLSR. */
    public void senderReport(long ntp, long arrivalMicros) {
        lastSr = NtpTime.compact(ntp);
        lastSrArrivalMicros = arrivalMicros;
    }

    public long extendedHighestSequence() {
        return cycles + maxSeq;
    }

    public long expected() {
        return started ? extendedHighestSequence() - baseSeq + 1 : 0;
    }

    public long received() {
        return received;
    }

    public long cumulativeLost() {
        return expected() - received;
    }

    /** Jitter in timestamp units. */
    public long jitter() {
        return (long) jitter;
    }

    public double jitterMillis() {
        return jitter * 1000.0 / clockRate;
    }

    /**
     * Fills a report block for this source and starts a new interval for the fraction lost (A.3).
     *
     * @param nowMicros the same clock as the arrival times
     */
    public void report(int ssrc, long nowMicros, ReportBlock out) {
        long expected = expected();
        long expectedInterval = expected - expectedPrior;
        long receivedInterval = received - receivedPrior;
        expectedPrior = expected;
        receivedPrior = received;
        long lostInterval = expectedInterval - receivedInterval;
        out.ssrc = ssrc;
        out.fractionLost = expectedInterval == 0 || lostInterval <= 0 ? 0
                : (int) Math.min(255, (lostInterval << 8) / expectedInterval);
        out.cumulativeLost = (int) Math.max(-0x800000, Math.min(0x7fffff, cumulativeLost()));
        out.extendedHighestSequence = extendedHighestSequence() & 0xffffffffL;
        out.jitter = jitter();
        out.lastSr = lastSr;
        out.delaySinceLastSr = lastSr == 0 ? 0 : NtpTime.microsToCompact(nowMicros - lastSrArrivalMicros);
    }
}
