package io.rotordream.webrtc.server.internal.session;

import io.rotordream.rtp.NtpTime;
import io.rotordream.rtp.ReportBlock;
import io.rotordream.rtp.RtcpListener;
import io.rotordream.rtp.TransportFeedback;
import io.rotordream.streaming.adaptive.api.ReceiverFeedback;
import io.rotordream.webrtc.server.internal.media.DelayTrend;
import io.rotordream.webrtc.server.internal.media.RtpOut;

/**
 * What the viewer's RTCP says, on the receive thread: reports give loss, jitter and round trip;
 * NACKs are answered from the history; PLI and FIR ask for a keyframe; REMB and transport-wide
 * feedback feed the bitrate controller.
 */
final class RtcpIn implements RtcpListener {

    private final Session session;
    private final DelayTrend trend = new DelayTrend();
    volatile double lossFraction;
    volatile long cumulativeLost;
    volatile double jitterMs = -1;
    volatile double rttMs = -1;
    volatile long estimateBps = -1;
    volatile long nacks;
    volatile long plis;
    volatile long firs;
    volatile long reports;
    private int lastFirSequence = -1;

    RtcpIn(Session session) {
        this.session = session;
    }

    @Override
    public void reportBlock(int reporter, ReportBlock block) {
        RtpOut out = session.out();
        if (out == null || block.ssrc != out.ssrc()) {
            return;
        }
        reports++;
        lossFraction = block.fractionLost / 256.0;
        cumulativeLost = block.cumulativeLost;
        jitterMs = block.jitter / 90.0;
        long now = NtpTime.fromEpochMicros(System.currentTimeMillis() * 1000L);
        long rtt = NtpTime.roundTripMicros(now, block.lastSr, block.delaySinceLastSr);
        if (rtt >= 0) {
            rttMs = rtt / 1000.0;
        }
        ReceiverFeedback f = session.feedback();
        if (f != null) {
            f.reportReception(lossFraction, jitterMs, rttMs);
        }
    }

    @Override
    public void nack(int sender, int media, int pid, int blp) {
        RtpOut out = session.out();
        if (out == null || media != out.ssrc()) {
            return;
        }
        nacks++;
        out.retransmit(pid);
        for (int i = 0; i < 16; i++) {
            if ((blp & (1 << i)) != 0) {
                out.retransmit((pid + i + 1) & 0xffff);
            }
        }
    }

    @Override
    public void pli(int sender, int media) {
        plis++;
        session.keyframeWanted("PLI");
    }

    @Override
    public void fir(int sender, int media, int sequence) {
        RtpOut out = session.out();
        // RFC 5104 §4.3.1.2: a repeated sequence number is a retransmission of the same request
        if (out == null || media != out.ssrc() || sequence == lastFirSequence) {
            return;
        }
        lastFirSequence = sequence;
        firs++;
        session.keyframeWanted("FIR");
    }

    @Override
    public void remb(int sender, long bitrate, int[] ssrcs, int count) {
        estimateBps = bitrate;
        ReceiverFeedback f = session.feedback();
        if (f != null) {
            f.reportEstimate(bitrate);
        }
    }

    @Override
    public void transportFeedback(int sender, int media, TransportFeedback feedback) {
        RtpOut out = session.out();
        if (out == null) {
            return;
        }
        out.transportFeedback(feedback, trend);
        ReceiverFeedback f = session.feedback();
        if (f != null) {
            f.reportDelayTrend(trend.msPerSecond());
        }
    }

    double delayTrend() {
        return trend.msPerSecond();
    }
}
