package io.rotordream.rtp;

import java.nio.ByteBuffer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns one access unit into RTP payloads, one at a time, into buffers the caller chooses: the
 * caller writes the RTP header, then asks for the payload after it. Nothing is allocated per access
 * unit once the NAL table has grown to the largest access unit seen.
 *
 * <pre>
 * p.begin(au);
 * for (each NAL) p.addNal(offset, length);
 * while (p.hasNext()) {
 *     int n = p.next(buf, at + RtpHeader.SIZE);
 *     RtpHeader.write(buf, at, p.last(), pt, seq++, ts, ssrc);
 * }
 * </pre>
 */
@ProviderType
public interface Packetizer {

    /** Largest payload produced, in bytes (the packet size less the RTP header and any extension). */
    int maxPayload();

    /** @throws IllegalArgumentException when too small to carry a fragment */
    void maxPayload(int bytes);

    /** Starts an access unit whose NAL units are in {@code src}; drops whatever was not taken of the last. */
    void begin(ByteBuffer src);

    /** Adds one NAL unit: offset of its header (after the start code) and its length, in decoding order. */
    void addNal(int offset, int length);

    boolean hasNext();

    /**
     * Writes the next payload at {@code dst[at]}; {@code dst} needs {@link #maxPayload()} bytes there.
     *
     * @return the payload length
     */
    int next(ByteBuffer dst, int at);

    /** Whether the payload {@link #next} last wrote ends the access unit: the RTP marker bit. */
    boolean last();
}
