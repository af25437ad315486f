package io.rotordream.rtsp.server.internal;

import io.rotordream.rtp.RtpHeader;

/**
 * The last frames a mount sent, kept for receivers that report losses with generic NACK
 * (RFC 4585 §6.2.1): a packet named there is sent again as it was, same sequence number.
 */
final class History {

    private final MediaFrame[] frames;
    private int next;

    History(int size) {
        frames = new MediaFrame[size];
    }

    /** Mount thread: keeps one more reference to {@code f}, dropping the oldest. */
    synchronized void add(MediaFrame f) {
        MediaFrame old = frames[next];
        frames[next] = f.retain();
        next = (next + 1) % frames.length;
        if (old != null) {
            old.release();
        }
    }

    /** Releases everything; @return whether anything was held. */
    synchronized boolean clear() {
        boolean freed = false;
        for (int i = 0; i < frames.length; i++) {
            if (frames[i] != null) {
                frames[i].release();
                frames[i] = null;
                freed = true;
            }
        }
        return freed;
    }

    /** Resends packet {@code seq} to {@code to} if it is still here. */
    void resend(int seq, RtspSession to, int writer) {
        MediaFrame hit = null;
        int index = -1;
        synchronized (this) {
            for (MediaFrame f : frames) {
                if (f != null && !f.rtcp) {
                    int d = RtpHeader.sequenceDelta(f.firstSequence, seq);
                    if (d >= 0 && d < f.packets) {
                        hit = f.retain();
                        index = d;
                        break;
                    }
                }
            }
        }
        if (hit != null) {
            try {
                to.resend(hit, index, writer);
            } finally {
                hit.release();
            }
        }
    }
}
