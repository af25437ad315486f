package io.rotordream.rtp;

import java.nio.ByteBuffer;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What {@link RtcpParser} found in a compound packet, one call per item. Every method does nothing
 * by default. Objects passed in are reused by the parser: copy what you keep.
 */
@ConsumerType
public interface RtcpListener {

    default void senderReport(int ssrc, long ntp, long rtpTimestamp, long packets, long octets) {
    }

    /** One report block of an SR or RR sent by {@code reporter}. */
    default void reportBlock(int reporter, ReportBlock block) {
    }

    /** A CNAME item: {@code length} bytes of UTF-8 at {@code b[at]}. */
    default void cname(int ssrc, ByteBuffer b, int at, int length) {
    }

    default void bye(int ssrc) {
    }

    /** One generic NACK FCI: packet {@code pid} lost, and each set bit i of {@code blp} means pid+i+1 lost too. */
    default void nack(int sender, int media, int pid, int blp) {
    }

    default void pli(int sender, int media) {
    }

    default void fir(int sender, int media, int sequence) {
    }

    /** REMB: the receiver's estimate for the listed streams, in bits per second. */
    default void remb(int sender, long bitrate, int[] ssrcs, int count) {
    }

    /** Transport-wide congestion control feedback; the object is reused by the parser. */
    default void transportFeedback(int sender, int media, TransportFeedback feedback) {
    }
}
